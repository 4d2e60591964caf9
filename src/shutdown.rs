//! Stopping: the signal that ends `serve` and `worker`, and the watch that
//! every background task selects on to end with them.

use tokio::sync::watch;

/// Resolves once `shutdown` turns true (or its sender is gone).
pub async fn stopping(shutdown: &mut watch::Receiver<bool>) {
    let _ = shutdown.wait_for(|s| *s).await;
}

/// Resolves on SIGINT (Ctrl-C) or SIGTERM. The handlers are registered
/// when this is called, not when the future is first polled: a signal that
/// comes before the server first looks at it (a supervisor's SIGTERM right
/// after `/ready` answered) still stops the service cleanly instead of
/// killing it. Call it inside the runtime.
pub fn signal() -> impl std::future::Future<Output = ()> + Send + 'static {
    use tokio::signal::unix::{SignalKind, signal};
    let term = signal(SignalKind::terminate());
    let int = signal(SignalKind::interrupt());
    async move {
        match (term, int) {
            (Ok(mut term), Ok(mut int)) => {
                tokio::select! {
                    _ = int.recv() => {},
                    _ = term.recv() => {},
                }
            }
            (term, int) => {
                for e in [term.err(), int.err()].into_iter().flatten() {
                    tracing::error!(error = %e, "cannot listen for SIGTERM or SIGINT");
                }
                let _ = tokio::signal::ctrl_c().await;
            }
        }
    }
}

// Starts Blazor and keeps pages alive across dropped connections and server restarts.
// The reconnect element and its classes are described in Components/Layout/ReconnectModal.razor.
(() => {
  'use strict';

  const modal = document.getElementById('components-reconnect-modal');
  const retryEveryMs = 5000;
  let retryTimer = null;

  async function retry() {
    try {
      if (!(await Blazor.reconnect())) {
        // The server is back but has forgotten this circuit (it restarted): start afresh.
        location.reload();
      }
    } catch {
      // Still unreachable; the timer tries again.
    }
  }

  function onStateChanged() {
    const state = modal.classList;
    // Only "hide" means connected (to the same circuit); while the connection is down the page neither moves nor
    // answers clicks, so it does not show itself as live.
    document.documentElement.dataset.circuit = state.contains('components-reconnect-hide') ? 'open' : 'closed';
    if (state.contains('components-reconnect-rejected')) {
      location.reload();
    } else if (state.contains('components-reconnect-failed')) {
      retryTimer ??= setInterval(retry, retryEveryMs);
    } else if (retryTimer !== null) {
      clearInterval(retryTimer);
      retryTimer = null;
    }
  }

  if (modal) {
    new MutationObserver(onStateChanged).observe(modal, { attributes: true, attributeFilter: ['class'] });
    document.getElementById('components-reconnect-button')?.addEventListener('click', retry);
  }

  // The live state is shown on <html data-circuit="open|closed"> so styles (and tests) can tell when a page is interactive.
  // The circuit opens before the prerendered page is attached to it, so "open" comes from the router's first
  // render on the circuit (Components/Routes.razor calls climbClub.markLive), not from onCircuitOpened.
  const circuitState = state => () => { document.documentElement.dataset.circuit = state; };
  window.climbClub = { markLive: circuitState('open') };
  Blazor.start({
    circuit: {
      circuitHandlers: [{ onCircuitClosed: circuitState('closed') }],
    },
  });
})();

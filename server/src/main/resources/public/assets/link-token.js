// soptrack's one htmx extension. An e-mailed link (an invitation, a password reset) carries its token after "#",
// which browsers never send to a server, so it is in no URL a server or proxy logs. On the page the link opens, this
// moves the token into the form field marked data-link-token and takes it out of the address bar.
htmx.defineExtension('link-token', {
  init: function () {
    var token = window.location.hash.slice(1);
    var field = document.querySelector('input[data-link-token]');
    if (token && field) {
      field.value = decodeURIComponent(token);
      window.history.replaceState(null, '', window.location.pathname);
    }
  }
});

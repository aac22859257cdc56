// On phones the menu starts folded. After a failed submit, move focus to the error summary so that keyboard and screen-reader users hear the
// problems first (the summary also carries autofocus for the first paint). A link in the summary moves focus to
// its field and shows the field's label above it.
(function () {
  'use strict';
  function ready() {
    // The menu is open in the page (so it works without JavaScript); on a phone it starts folded.
    var menu = document.querySelector('details.site-menu');
    if (menu && window.matchMedia('(max-width: 48rem)').matches) {
      menu.open = false;
    }
    var summary = document.getElementById('error-summary');
    if (!summary) {
      return;
    }
    summary.focus();
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      if (!link) {
        return;
      }
      var target = document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
      if (!target) {
        return;
      }
      event.preventDefault();
      var field = target.closest('.form-field') || target;
      field.scrollIntoView();
      var control = target.matches('input, select, textarea') ? target : target.querySelector('input, select, textarea');
      (control || target).focus({ preventScroll: true });
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', ready);
  } else {
    ready();
  }
})();

// Behaviour of the portal. The Content-Security-Policy forbids inline scripts, so every page's behaviour lives here.
(function () {
  'use strict';

  // Confirmation before anything destructive or final: <form data-confirm="message">.
  var modalElement = document.getElementById('confirm-modal');
  var pendingForm = null;
  if (modalElement && window.bootstrap) {
    var modal = new bootstrap.Modal(modalElement);
    document.addEventListener('submit', function (event) {
      var form = event.target;
      if (!form.matches('form[data-confirm]') || form === pendingForm) {
        return;
      }
      event.preventDefault();
      pendingForm = form;
      modalElement.querySelector('[data-confirm-text]').textContent = form.getAttribute('data-confirm');
      modal.show();
    });
    modalElement.querySelector('[data-confirm-ok]').addEventListener('click', function () {
      if (pendingForm) {
        var form = pendingForm;
        modal.hide();
        form.requestSubmit ? form.requestSubmit() : form.submit();
        pendingForm = null;
      }
    });
    modalElement.addEventListener('hidden.bs.modal', function () {
      pendingForm = null;
    });
  }

  // Links that change the page size keep the user's other filters: <select data-navigate> holds URLs as values.
  document.querySelectorAll('select[data-navigate]').forEach(function (select) {
    select.addEventListener('change', function () {
      window.location.href = select.value;
    });
  });
})();

// Fields that apply to one choice of a radio group only: <div data-show-for="kind:PATENT"> shows while the radio named
// "kind" has the value PATENT. Without JavaScript every field stays visible and the help texts say which applies.
(function () {
  'use strict';
  var dependants = document.querySelectorAll('[data-show-for]');
  if (!dependants.length) {
    return;
  }
  function update() {
    dependants.forEach(function (element) {
      var rule = element.getAttribute('data-show-for').split(':');
      var checked = document.querySelector('input[type=radio][name="' + rule[0] + '"]:checked');
      element.hidden = checked !== null && checked.value !== rule[1];
    });
  }
  document.addEventListener('change', function (event) {
    if (event.target.matches('input[type=radio]')) {
      update();
    }
  });
  update();
})();

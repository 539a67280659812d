// Type-ahead fields: a text box that looks up choices on the server as the user types (GET <url>?q=…, JSON
// [{id, label, hint}]), instead of a select cut off at a few hundred rows. Markup: templates/fragments/typeahead.html.
// One choice: the chosen id goes into the field's hidden input. Several (data-multiple): each choice becomes a badge
// with its own hidden input and a button to take it away. Keyboard: ↓ ↑ to move, Enter to choose, Esc to close.
(function () {
  'use strict';

  function init(box) {
    var input = box.querySelector('[data-typeahead]');
    var menu = box.querySelector('.typeahead-menu');
    var multiple = box.hasAttribute('data-multiple');
    var name = box.getAttribute('data-name');
    var chosen = box.querySelector('.typeahead-chosen');
    var single = multiple ? null : box.querySelector('input[type=hidden][name="' + name + '"]');
    var timer = null;
    var options = [];
    var active = -1;
    var asked = 0;

    function close() {
      menu.classList.remove('show');
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function highlight(index) {
      var items = menu.querySelectorAll('[role=option]');
      items.forEach(function (item, i) {
        item.classList.toggle('active', i === index);
        item.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      active = index;
      if (index >= 0 && items[index]) {
        input.setAttribute('aria-activedescendant', items[index].id);
        items[index].scrollIntoView({block: 'nearest'});
      }
    }

    function render(list) {
      options = list;
      menu.replaceChildren();
      if (!list.length) {
        var empty = document.createElement('li');
        empty.className = 'dropdown-item-text text-muted small';
        empty.textContent = box.getAttribute('data-empty') || '—';
        menu.appendChild(empty);
      }
      list.forEach(function (option, i) {
        var item = document.createElement('li');
        item.id = box.id + '-option-' + i;
        item.setAttribute('role', 'option');
        item.className = 'dropdown-item';
        item.textContent = option.label;
        if (option.hint) {
          var hint = document.createElement('span');
          hint.className = 'text-muted small ms-2';
          hint.textContent = option.hint;
          item.appendChild(hint);
        }
        item.addEventListener('mousedown', function (event) {
          event.preventDefault();
          choose(option);
        });
        menu.appendChild(item);
      });
      menu.classList.add('show');
      input.setAttribute('aria-expanded', 'true');
      highlight(list.length ? 0 : -1);
    }

    function choose(option) {
      if (multiple) {
        var exists = chosen.querySelector('input[value="' + option.id + '"]');
        if (!exists) {
          chosen.appendChild(badge(option));
        }
        input.value = '';
      } else {
        single.value = option.id;
        input.value = option.label;
      }
      close();
    }

    function badge(option) {
      var span = document.createElement('span');
      span.className = 'badge text-bg-light border me-1 mb-1 typeahead-badge';
      span.textContent = option.label;
      var hidden = document.createElement('input');
      hidden.type = 'hidden';
      hidden.name = name;
      hidden.value = option.id;
      var remove = document.createElement('button');
      remove.type = 'button';
      remove.className = 'btn-close btn-close-sm ms-1';
      remove.setAttribute('aria-label', (box.getAttribute('data-remove') || '×') + ' ' + option.label);
      remove.addEventListener('click', function () {
        span.remove();
      });
      span.appendChild(hidden);
      span.appendChild(remove);
      return span;
    }

    function lookup() {
      var text = input.value.trim();
      if (!text) {
        close();
        return;
      }
      var url = input.getAttribute('data-typeahead');
      var number = ++asked;
      fetch(url + (url.indexOf('?') < 0 ? '?' : '&') + 'q=' + encodeURIComponent(text),
          {headers: {'Accept': 'application/json'}, credentials: 'same-origin'})
          .then(function (response) {
            return response.ok ? response.json() : [];
          })
          .then(function (list) {
            if (number === asked) {
              render(list);
            }
          })
          .catch(close);
    }

    input.addEventListener('input', function () {
      if (single) {
        single.value = '';
      }
      clearTimeout(timer);
      timer = setTimeout(lookup, 200);
    });
    input.addEventListener('keydown', function (event) {
      var open = menu.classList.contains('show');
      if (event.key === 'ArrowDown' && open) {
        event.preventDefault();
        highlight(Math.min(active + 1, options.length - 1));
      } else if (event.key === 'ArrowUp' && open) {
        event.preventDefault();
        highlight(Math.max(active - 1, 0));
      } else if (event.key === 'Enter' && open && active >= 0) {
        event.preventDefault();
        choose(options[active]);
      } else if (event.key === 'Escape') {
        close();
      }
    });
    input.addEventListener('blur', close);
    box.querySelectorAll('.typeahead-badge .btn-close').forEach(function (button) {
      button.addEventListener('click', function () {
        button.closest('.typeahead-badge').remove();
      });
    });
  }

  document.querySelectorAll('.typeahead').forEach(init);
})();

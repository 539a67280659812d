// The brand survey's pages: adding and removing group rows in a return's form, and the roll-up's charts (ECharts).
// No inline script anywhere (CSP): the pages pass their data through data-* attributes and a JSON endpoint.
(function () {
  'use strict';

  // ---- a return's groups: rows named groups[i].field, kept numbered 0..n-1 so that they bind as a list
  var rows = document.querySelector('[data-group-rows]');
  var template = document.getElementById('group-row-template');
  var addButton = document.querySelector('[data-add-group]');

  function renumber() {
    rows.querySelectorAll('[data-group-row]').forEach(function (row, index) {
      row.querySelectorAll('[name^="groups["]').forEach(function (field) {
        field.name = field.name.replace(/^groups\[\d+]/, 'groups[' + index + ']');
        if (field.id) {
          field.id = field.id.replace(/^groups\d+/, 'groups' + index);
        }
      });
    });
  }

  if (rows && template && addButton) {
    addButton.addEventListener('click', function () {
      var index = rows.querySelectorAll('[data-group-row]').length;
      var html = template.innerHTML.replace(/__i__/g, String(index));
      var holder = document.createElement('tbody');
      holder.innerHTML = html.trim();
      var row = holder.firstElementChild;
      rows.appendChild(row);
      var first = row.querySelector('input');
      if (first) {
        first.focus();
      }
    });
    rows.addEventListener('click', function (event) {
      var button = event.target.closest('[data-remove-group]');
      if (!button) {
        return;
      }
      var row = button.closest('[data-group-row]');
      if (row) {
        row.remove();
        renumber();
        addButton.focus();
      }
    });
  }

  // ---- the roll-up's charts
  var holder = document.querySelector('[data-survey-charts]');
  if (!holder || !window.echarts) {
    return;
  }
  var regionsElement = document.getElementById('chart-regions');
  var maturityElement = document.getElementById('chart-maturity');
  var charts = [];
  var palette = ['#1f4e8c', '#e0a100', '#2e8b57', '#c8102e'];

  fetch(holder.getAttribute('data-chart-url'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('chart data: ' + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      var labels = data.labels;
      var regions = echarts.init(regionsElement);
      regions.setOption({
        color: palette,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0, data: [labels.brands, labels.groups] },
        grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
        // regions down the side, in the plan's order, so that the Chinese names stay readable on a phone
        yAxis: {
          type: 'category',
          inverse: true,
          data: data.regions,
          axisTick: { show: false },
          axisLabel: {
            formatter: function (name, i) {
              return data.filed[i] ? name : '{notFiled|' + name + '（' + labels.notFiled + '）}';
            },
            rich: { notFiled: { color: '#a51d2d' } }
          }
        },
        xAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: labels.brands, type: 'bar', stack: 'count', data: data.brands, barMaxWidth: 18 },
          { name: labels.groups, type: 'bar', stack: 'count', data: data.groups, barMaxWidth: 18 }
        ]
      });
      charts.push(regions);

      var maturity = echarts.init(maturityElement);
      maturity.setOption({
        color: palette,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0, data: [labels.brands, labels.groups] },
        grid: { left: 8, right: 16, top: 48, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: data.maturity.map(function (m) { return m.name; }), axisLabel: { interval: 0, width: 90, overflow: 'break' } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [
          { name: labels.brands, type: 'bar', data: data.maturity.map(function (m) { return m.brands; }), barMaxWidth: 36,
            label: { show: true, position: 'top' } },
          { name: labels.groups, type: 'bar', data: data.maturity.map(function (m) { return m.groups; }), barMaxWidth: 36,
            label: { show: true, position: 'top' } }
        ]
      });
      charts.push(maturity);
    })
    .catch(function () {
      holder.querySelectorAll('[data-chart-error]').forEach(function (element) {
        element.classList.remove('d-none');
      });
    });

  window.addEventListener('resize', function () {
    charts.forEach(function (chart) {
      chart.resize();
    });
  });
})();

// The subsidy pages: the budget execution chart (ECharts, data from a JSON endpoint) and "select all" boxes of the
// claim and batch forms. No inline script anywhere (CSP).
(function () {
  'use strict';

  // ---- select all: <input type="checkbox" data-select-all="name"> ticks every box named name
  document.querySelectorAll('[data-select-all]').forEach(function (master) {
    var name = master.getAttribute('data-select-all');
    master.addEventListener('change', function () {
      document.querySelectorAll('input[type="checkbox"][name="' + name + '"]').forEach(function (box) {
        box.checked = master.checked;
      });
    });
  });

  // ---- the execution chart
  var holder = document.querySelector('[data-execution-chart]');
  if (!holder || !window.echarts) {
    return;
  }
  var element = document.getElementById('chart-execution');
  var palette = ['#1f4e8c', '#e0a100', '#2e8b57', '#c8102e', '#6f42c1', '#20a4b0', '#8c564b', '#d63384', '#5c6773', '#7aa843', '#b07d2b'];
  fetch(holder.getAttribute('data-chart-url'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('chart data: ' + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      var chart = echarts.init(element);
      chart.setOption({
        color: palette,
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
        legend: { top: 0, type: 'scroll' },
        grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: data.months },
        yAxis: { type: 'value' },
        series: data.series.map(function (s) {
          return { name: s.name, type: 'bar', stack: 'paid', data: s.data.map(Number) };
        })
      });
      window.addEventListener('resize', function () { chart.resize(); });
    })
    .catch(function () {
      var error = holder.querySelector('[data-chart-error]');
      if (error) {
        error.classList.remove('d-none');
      }
    });
})();

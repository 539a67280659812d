// The plan's pages: progress bars, the quarter of the progress PDF, a report's indicator lines, and the targets'
// charts (ECharts). No inline script or style anywhere (CSP): data comes through data-* attributes and /targets/chart.
(function () {
  'use strict';

  // ---- progress bars: <div class="progress-bar" data-width="60">
  document.querySelectorAll('.progress-bar[data-width]').forEach(function (bar) {
    bar.style.width = Math.max(0, Math.min(100, Number(bar.getAttribute('data-width')) || 0)) + '%';
  });

  // ---- the quarter of the quarterly PDF: one select fills the year and quarter fields
  var quarterSelect = document.querySelector('[data-quarter-select]');
  if (quarterSelect) {
    var sync = function () {
      var parts = quarterSelect.value.split('-');
      document.querySelector('[data-quarter-year]').value = parts[0];
      document.querySelector('[data-quarter-quarter]').value = parts[1];
    };
    quarterSelect.addEventListener('change', sync);
    sync();
  }

  // ---- a report's indicators: rows named indicators[i].field, kept numbered 0..n-1 so that they bind as a list
  var rows = document.querySelector('[data-indicator-rows]');
  var template = document.getElementById('indicator-row-template');
  var addButton = document.querySelector('[data-add-indicator]');
  function renumber() {
    rows.querySelectorAll('[data-indicator-row]').forEach(function (row, index) {
      row.querySelectorAll('[name^="indicators["]').forEach(function (field) {
        field.name = field.name.replace(/^indicators\[\d+]/, 'indicators[' + index + ']');
        if (field.id) {
          field.id = field.id.replace(/^indicators\d+/, 'indicators' + index);
        }
      });
    });
  }
  if (rows && template && addButton) {
    addButton.addEventListener('click', function () {
      var index = rows.querySelectorAll('[data-indicator-row]').length;
      var holder = document.createElement('tbody');
      holder.innerHTML = template.innerHTML.replace(/__i__/g, String(index)).trim();
      var row = holder.firstElementChild;
      rows.appendChild(row);
      row.querySelector('input').focus();
    });
    rows.addEventListener('click', function (event) {
      var button = event.target.closest('[data-remove-indicator]');
      if (button) {
        button.closest('[data-indicator-row]').remove();
        renumber();
        addButton.focus();
      }
    });
  }

  // ---- the targets' charts
  var holder = document.querySelector('[data-target-charts]');
  if (!holder || !window.echarts) {
    return;
  }
  var palette = ['#1f4e8c', '#e0a100', '#2e8b57', '#c8102e', '#6f42c1', '#0d7d8c', '#8a5a2b'];
  var charts = [];
  fetch(holder.getAttribute('data-chart-url'), { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('chart data: ' + response.status);
      }
      return response.json();
    })
    .then(function (data) {
      var labels = data.labels;
      var counted = data.targets.filter(function (t) { return t.kind === 'COUNT' || t.kind === 'PER_REGION'; });

      // progress of every counted target: value against aim, "not measured" where no module provides the figure
      var progress = echarts.init(document.getElementById('chart-progress'));
      progress.setOption({
        color: palette,
        tooltip: {
          trigger: 'axis', axisPointer: { type: 'shadow' },
          formatter: function (items) {
            var t = counted[items[0].dataIndex];
            return t.value === null ? t.name + '：' + labels.notMeasured : t.name + '：' + t.value + ' / ' + t.aim + '（' + t.percent + '%）';
          }
        },
        grid: { left: 8, right: 40, top: 8, bottom: 8, containLabel: true },
        yAxis: { type: 'category', inverse: true, data: counted.map(function (t) { return t.name; }), axisTick: { show: false },
          axisLabel: { width: 120, overflow: 'break' } },
        xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value}%' } },
        series: [{
          type: 'bar', barMaxWidth: 18,
          data: counted.map(function (t) {
            return { value: t.percent === null ? 0 : t.percent, itemStyle: { color: t.percent === 100 ? '#2e8b57' : '#1f4e8c' } };
          }),
          label: {
            show: true, position: 'right',
            formatter: function (p) {
              var t = counted[p.dataIndex];
              return t.value === null ? labels.notMeasured : t.value + '/' + t.aim;
            }
          }
        }]
      });
      charts.push(progress);

      // one target's breakdown by prefecture-level unit, chosen in a select
      var withRegions = data.targets.filter(function (t) { return t.regions.length > 0; });
      var select = document.querySelector('[data-region-target]');
      var regionChart = echarts.init(document.getElementById('chart-regions'));
      charts.push(regionChart);
      // a per-city target's bars coloured by where each unit stands: below, within, above the band, or beside it (not counted)
      var standingColours = { BELOW: '#c8102e', WITHIN: '#198754', ABOVE: '#e0a800', BESIDE: '#adb5bd' };
      function regionData(t) {
        return t.regionValues.map(function (v, i) {
          var standing = t.regionStandings && t.regionStandings[i];
          return standing ? { value: v, itemStyle: { color: standingColours[standing] } } : v;
        });
      }
      function drawRegions(code) {
        var t = withRegions.filter(function (x) { return x.code === code; })[0];
        if (!t) {
          regionChart.clear();
          regionChart.setOption({ title: { text: labels.notMeasured, left: 'center', top: 'middle', textStyle: { color: '#6c757d', fontSize: 14 } } });
          return;
        }
        var markLine = t.kind === 'PER_REGION' ? {
          silent: true, symbol: 'none', lineStyle: { color: '#c8102e', type: 'dashed' },
          label: { formatter: labels.band + ' {c}' }, data: [{ xAxis: t.regionMin }, { xAxis: t.regionMax }]
        } : undefined;
        regionChart.clear();
        regionChart.setOption({
          color: palette,
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
          grid: { left: 8, right: 24, top: 16, bottom: 8, containLabel: true },
          yAxis: { type: 'category', inverse: true, data: t.regions, axisTick: { show: false } },
          xAxis: { type: 'value', minInterval: 1 },
          series: [{ name: t.name, type: 'bar', data: regionData(t), barMaxWidth: 16, label: { show: true, position: 'right' }, markLine: markLine }]
        });
      }
      if (select) {
        withRegions.forEach(function (t) {
          var option = document.createElement('option');
          option.value = t.code;
          option.textContent = t.name;
          select.appendChild(option);
        });
        if (withRegions.length === 0) {
          var none = document.createElement('option');
          none.textContent = labels.notMeasured;
          select.appendChild(none);
          select.disabled = true;
        }
        select.addEventListener('change', function () { drawRegions(select.value); });
      }
      drawRegions(withRegions.length ? withRegions[0].code : null);

      // history: the year-end values and the value now, for the counted targets that have any
      var history = echarts.init(document.getElementById('chart-history'));
      var years = [];
      counted.forEach(function (t) {
        t.years.forEach(function (y) {
          if (years.indexOf(y) < 0) {
            years.push(y);
          }
        });
      });
      var measured = counted.filter(function (t) { return t.years.length > 0; });
      history.setOption({
        color: palette,
        tooltip: { trigger: 'axis' },
        legend: { top: 0, type: 'scroll', data: measured.map(function (t) { return t.name; }) },
        grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
        xAxis: { type: 'category', data: years },
        yAxis: { type: 'value', minInterval: 1 },
        series: measured.map(function (t) {
          return {
            name: t.name, type: 'bar', barMaxWidth: 22,
            data: years.map(function (y) {
              var i = t.years.indexOf(y);
              return i < 0 ? null : t.yearValues[i];
            })
          };
        })
      });
      charts.push(history);
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

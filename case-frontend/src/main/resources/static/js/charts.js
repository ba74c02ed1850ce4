// Draws every table.chart-data as a Chart.js chart in the canvas of its figure. The table is the source: the server
// renders only the table, so the chart shows exactly what a screen reader reads and what the CSV holds. A cell
// without data-value (a hidden small count of people, "<5") is left out of the chart and stays in the table.
(function () {
    'use strict';
    // Okabe–Ito colours first (told apart with the common colour-vision deficiencies), enough for every area.
    const COLOURS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#0b3d62', '#8a4b00', '#56b4e9', '#4d4d4d', '#7a5195', '#b8860b'];

    function options(kind, caption) {
        const horizontal = kind === 'pace' || kind === 'bars';
        return {
            animation: false,
            maintainAspectRatio: false,
            indexAxis: horizontal ? 'y' : 'x',
            plugins: {legend: {display: kind !== 'bars'}, title: {display: false, text: caption}},
            scales: {
                x: {stacked: kind === 'stacked', beginAtZero: true, max: kind === 'pace' ? 100 : undefined},
                y: {stacked: kind === 'stacked', beginAtZero: true}
            }
        };
    }

    function dataset(kind, index, label, data) {
        const colour = COLOURS[index % COLOURS.length];
        if (kind === 'pace' && index === 1) {
            // The expected pace is a mark across each bar, not a second bar.
            return {type: 'line', label: label, data: data, showLine: false, pointStyle: 'line', pointRadius: 12,
                pointBorderWidth: 3, rotation: 90, borderColor: '#1a1a1a', backgroundColor: '#1a1a1a'};
        }
        return {label: label, data: data, backgroundColor: colour, borderColor: colour};
    }

    function draw(table) {
        const canvas = table.closest('figure').querySelector('canvas');
        if (!canvas || typeof Chart === 'undefined' || Chart.getChart(canvas)) {
            return;
        }
        const kind = table.dataset.chart;
        const rows = Array.from(table.tBodies[0].rows);
        const series = Array.from(table.tHead.rows[0].cells).slice(1).map(cell => cell.textContent.trim());
        const datasets = series.map((label, i) => dataset(kind, i, label, rows.map(row => {
            const value = row.cells[i + 1].dataset.value;
            return value === undefined || value === '' ? null : Number(value);
        })));
        canvas.parentElement.style.height = Math.max(12, kind === 'pace' || kind === 'bars' ? rows.length * 2.5 + 4 : 18) + 'rem';
        new Chart(canvas, {type: 'bar', data: {labels: rows.map(row => row.cells[0].textContent.trim()), datasets: datasets},
            options: options(kind, table.caption ? table.caption.textContent : '')});
    }

    // The bars of plan progress: their length and pace mark come as data attributes, since the page's
    // Content-Security-Policy allows no inline style.
    function placeBars(root) {
        root.querySelectorAll('.bar [data-width]').forEach(bar => { bar.style.width = bar.dataset.width + '%'; });
        root.querySelectorAll('.bar [data-left]').forEach(mark => { mark.style.left = mark.dataset.left + '%'; });
    }

    function drawAll(root) {
        placeBars(root);
        root.querySelectorAll('table.chart-data').forEach(draw);
    }

    document.addEventListener('DOMContentLoaded', () => drawAll(document));
    document.addEventListener('htmx:afterSettle', event => drawAll(event.target));
}());

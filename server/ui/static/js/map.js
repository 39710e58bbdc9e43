// Marsad: zoom and pan on the world map, for browsers running script.
// Progressive enhancement: without it the map is the same server-drawn
// SVG, whole world in view, every marker a link. Uses the bundled
// svg-pan-zoom (BSD-2-Clause, see LICENSE-svg-pan-zoom); the geometry is
// the embedded world.svg: nothing is fetched from another site.
(function () {
  "use strict";
  if (typeof svgPanZoom !== "function") {
    return;
  }
  document.querySelectorAll("svg.worldmap[data-zoom]").forEach(function (svg) {
    var markers = Array.prototype.slice.call(svg.querySelectorAll("circle[data-r]"));
    var pz = svgPanZoom(svg, {
      zoomEnabled: true,
      panEnabled: true,
      controlIconsEnabled: false,
      dblClickZoomEnabled: true,
      mouseWheelZoomEnabled: true,
      preventMouseEventsDefault: true,
      zoomScaleSensitivity: 0.3,
      minZoom: 1,
      maxZoom: 40,
      fit: true,
      center: true,
      // Markers keep their size on screen as the map grows.
      onZoom: function (scale) {
        var k = 1 / Math.sqrt(scale);
        markers.forEach(function (c) {
          c.setAttribute("r", (parseFloat(c.getAttribute("data-r")) * k).toFixed(2));
        });
      }
    });
    svg.classList.add("zoomable");
    var bar = document.createElement("div");
    bar.className = "zoombar";
    bar.setAttribute("role", "group");
    bar.setAttribute("aria-label", "تكبير الخريطة");
    [
      ["+", "تكبير", function () { pz.zoomIn(); }],
      ["−", "تصغير", function () { pz.zoomOut(); }],
      ["⟲", "العالم كله", function () { pz.resetZoom(); pz.resetPan(); }]
    ].forEach(function (b) {
      var btn = document.createElement("button");
      btn.type = "button";
      btn.textContent = b[0];
      btn.title = b[1];
      btn.setAttribute("aria-label", b[1]);
      btn.addEventListener("click", b[2]);
      bar.appendChild(btn);
    });
    svg.parentNode.insertBefore(bar, svg);
  });
})();

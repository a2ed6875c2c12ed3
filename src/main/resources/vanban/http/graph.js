// vanban serve: draws the citation map (/api/graph) as SVG with a small force-directed layout.
// Hand-written, no library, no network call beyond this site's own API (the CSP allows no other).
(function () {
  "use strict";
  var svg = document.getElementById("graph");
  var status = document.getElementById("graph-status");
  if (!svg) { return; }
  var NS = "http://www.w3.org/2000/svg";

  function el(name, attrs) {
    var e = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    return e;
  }

  // Deterministic pseudo-random start positions, so the same index draws the same map.
  var seed = 42;
  function random() { seed = (seed * 16807) % 2147483647; return (seed - 1) / 2147483646; }

  function layout(nodes, edges, width, height) {
    var index = {};
    nodes.forEach(function (n, i) {
      index[n.id] = i;
      var angle = 2 * Math.PI * i / nodes.length;
      var r = n.kind === "document" ? 0.15 : 0.38;
      n.x = width / 2 + Math.cos(angle) * width * r + (random() - 0.5) * 20;
      n.y = height / 2 + Math.sin(angle) * height * r + (random() - 0.5) * 20;
    });
    var links = edges.map(function (e) { return { s: index[e.from], t: index[e.to] }; })
      .filter(function (l) { return l.s !== undefined && l.t !== undefined; });
    var k = Math.sqrt(width * height / Math.max(1, nodes.length)) * 0.45;
    for (var iter = 0; iter < 300; iter++) {
      var temp = 0.1 * width * (1 - iter / 300) + 0.5;
      var dx = new Float64Array(nodes.length), dy = new Float64Array(nodes.length);
      for (var i = 0; i < nodes.length; i++) {
        for (var j = i + 1; j < nodes.length; j++) {
          var x = nodes[i].x - nodes[j].x, y = nodes[i].y - nodes[j].y;
          var d2 = Math.max(0.01, x * x + y * y), d = Math.sqrt(d2);
          if (d > 3 * k) { continue; } // far nodes do not push: gravity gathers the components
          var f = k * k / d;
          dx[i] += x / d * f; dy[i] += y / d * f; dx[j] -= x / d * f; dy[j] -= y / d * f;
        }
      }
      links.forEach(function (l) {
        var a = nodes[l.s], b = nodes[l.t];
        var x = a.x - b.x, y = a.y - b.y, d = Math.max(0.01, Math.sqrt(x * x + y * y)), f = d * d / k;
        dx[l.s] -= x / d * f; dy[l.s] -= y / d * f; dx[l.t] += x / d * f; dy[l.t] += y / d * f;
      });
      for (var m = 0; m < nodes.length; m++) {
        // Gravity keeps unconnected instruments on the canvas.
        dx[m] += (width / 2 - nodes[m].x) * 0.15;
        dy[m] += (height / 2 - nodes[m].y) * 0.15;
        var len = Math.max(0.01, Math.sqrt(dx[m] * dx[m] + dy[m] * dy[m]));
        nodes[m].x += dx[m] / len * Math.min(len, temp);
        nodes[m].y += dy[m] / len * Math.min(len, temp);
        nodes[m].x = Math.min(width - 20, Math.max(20, nodes[m].x));
        nodes[m].y = Math.min(height - 20, Math.max(20, nodes[m].y));
      }
    }
    return links;
  }

  function draw(graph) {
    var width = svg.clientWidth || 1000, height = svg.clientHeight || 640;
    svg.setAttribute("viewBox", "0 0 " + width + " " + height);
    var nodes = graph.nodes, links = layout(nodes, graph.edges, width, height);
    var edgeLayer = el("g", {}), nodeLayer = el("g", {});
    links.forEach(function (l) {
      edgeLayer.appendChild(el("line", { "class": "edge", x1: nodes[l.s].x, y1: nodes[l.s].y,
        x2: nodes[l.t].x, y2: nodes[l.t].y }));
    });
    nodes.forEach(function (n) {
      var a = el("a", { href: n.href, "class": "node-link" });
      var r = 4 + 3 * Math.sqrt(n.citedBy) + (n.kind === "document" ? 3 : 0);
      var c = el("circle", { "class": "node " + n.kind, cx: n.x, cy: n.y, r: r });
      var title = el("title", {});
      title.textContent = n.label + " — cited by " + n.citedBy;
      c.appendChild(title);
      a.appendChild(c);
      if (n.kind === "document" || n.citedBy > 1) {
        var t = el("text", { x: n.x + r + 2, y: n.y + 3 });
        t.textContent = n.label.length > 40 ? n.label.slice(0, 39) + "…" : n.label;
        a.appendChild(t);
      }
      nodeLayer.appendChild(a);
    });
    svg.appendChild(edgeLayer);
    svg.appendChild(nodeLayer);
    status.textContent = nodes.length + " nodes, " + graph.edges.length + " citation links.";
    svg.setAttribute("data-drawn", "true");
  }

  fetch(svg.getAttribute("data-src"), { credentials: "same-origin" })
    .then(function (r) { if (!r.ok) { throw new Error("HTTP " + r.status); } return r.json(); })
    .then(draw)
    .catch(function (e) { status.textContent = "The map could not be drawn: " + e.message; });
})();

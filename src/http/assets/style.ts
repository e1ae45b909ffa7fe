/** The stylesheet, served as /assets/app.css (a file from 'self': the CSP allows no inline style). */
export const appStyle = `
:root { --ink:#1d232b; --muted:#5d6875; --line:#dfe3e8; --bg:#f6f7f9; --card:#fff; --accent:#2457a6;
  --ok:#1d7f4e; --warn:#b45f06; --bad:#b3261e; --person:#e8f0fe; --place:#e6f4ea; --org:#fef3e0; --quote:#f3e8fd; }
* { box-sizing: border-box; }
body { margin:0; font:15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color:var(--ink); background:var(--bg); }
a { color:var(--accent); text-decoration:none; } a:hover { text-decoration:underline; }
.top { display:flex; align-items:center; gap:24px; padding:10px 24px; background:#14213d; }
.top .brand { color:#fff; font-weight:700; font-size:18px; letter-spacing:.02em; }
.top nav a { color:#c9d4ea; margin-right:16px; } .top nav a[aria-current=page] { color:#fff; font-weight:600; }
main { max-width:1180px; margin:0 auto; padding:20px 24px 60px; }
h1 { font-size:24px; margin:8px 0 6px; line-height:1.25; } h2 { font-size:17px; margin:0 0 10px; } h3 { font-size:14px; margin:12px 0 6px; text-transform:uppercase; letter-spacing:.04em; color:var(--muted); }
.meta, .count, small { color:var(--muted); font-size:13px; }
.empty { color:var(--muted); font-style:italic; }
h1, section, .story-row, article.article, .ingest-done { overflow-wrap:anywhere; }
section { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:14px 16px; margin-bottom:16px; }
.sr { position:absolute; width:1px; height:1px; overflow:hidden; clip:rect(0 0 0 0); }
/* live updates */
.live-banner { background:#fff8d6; border:1px solid #f2d675; border-radius:6px; padding:8px 12px; margin-bottom:12px; }
/* story list */
form.search { display:flex; flex-wrap:wrap; gap:10px; align-items:flex-end; background:var(--card); border:1px solid var(--line); border-radius:8px; padding:12px; }
form.search label { display:flex; flex-direction:column; font-size:12px; color:var(--muted); }
input, textarea { font:inherit; padding:6px 8px; border:1px solid #c6ccd4; border-radius:5px; min-width:200px; }
button { font:inherit; padding:7px 16px; border:0; border-radius:5px; background:var(--accent); color:#fff; cursor:pointer; } button:disabled { opacity:.6; }
ol.stories { list-style:none; padding:0; margin:0; }
.story-row { display:flex; justify-content:space-between; align-items:center; gap:16px; background:var(--card); border:1px solid var(--line); border-radius:8px; padding:12px 16px; margin-bottom:8px; }
.story-title { font-size:17px; font-weight:600; color:var(--ink); }
.outlets { margin-top:4px; } .outlet { display:inline-block; font-size:12px; background:#eef1f5; border-radius:10px; padding:1px 8px; margin:2px 4px 0 0; }
.outlet b { margin-left:6px; color:var(--accent); }
.facet { display:inline-block; font-size:12px; margin:4px 6px 0 0; padding:0 6px; border-radius:4px; }
.facet.person { background:var(--person); } .facet.place { background:var(--place); }
svg.spark { flex:none; } svg.spark rect { fill:var(--accent); } svg.spark line { stroke:var(--line); }
.pager { display:flex; justify-content:space-between; margin-top:12px; }
/* story page */
.story-grid { display:grid; grid-template-columns:minmax(0,1fr) 340px; gap:16px; margin-top:12px; }
@media (max-width: 900px) { .story-grid { grid-template-columns:minmax(0,1fr); } }
ol.brief { padding-left:20px; margin:0; } ol.brief li { margin-bottom:8px; }
.cites { white-space:nowrap; } a.cite { display:inline-block; min-width:18px; padding:0 4px; margin-left:2px; font-size:11px; line-height:16px; text-align:center;
  border-radius:8px; background:#e3ebf8; color:var(--accent); vertical-align:super; }
a.cite:hover { background:var(--accent); color:#fff; text-decoration:none; }
.matrix-wrap { overflow-x:auto; position:relative; } table.matrix { border-collapse:collapse; width:100%; font-size:13px; }
.matrix th, .matrix td { border-bottom:1px solid var(--line); padding:6px 8px; text-align:left; vertical-align:top; }
.matrix thead th { font-size:12px; color:var(--muted); } .matrix th.outlet-col { text-align:center; white-space:nowrap; max-width:120px; overflow:hidden; text-overflow:ellipsis; overflow-wrap:normal; }
.matrix tbody th { font-weight:normal; min-width:200px; overflow-wrap:break-word; } .matrix .status { white-space:nowrap; }
td.cov { text-align:center; font-size:16px; width:64px; } .cov a { color:inherit; }
.cov.reports { color:var(--ok); } .cov.omits { color:#a4adb8; } .cov.contradicts { color:var(--bad); font-weight:700; }
.legend { font-size:12px; color:var(--muted); } .legend .cov { margin-right:12px; font-size:12px; }
.status { display:inline-block; font-size:11px; padding:0 6px; border-radius:8px; text-transform:uppercase; letter-spacing:.03em; margin-right:4px; }
.status.corroborated { background:#e0f2e9; color:var(--ok); } .status.single-source { background:#fdf0dd; color:var(--warn); } .status.disputed { background:#fbe4e2; color:var(--bad); }
.claims { display:grid; grid-template-columns:1fr 1fr; gap:16px; } .claims section { border:0; padding:0; margin:0; }
.claims ul { padding-left:18px; margin:0; } .claims p { margin:2px 0; } .conflict { color:var(--bad); font-size:13px; } .only { color:var(--warn); font-size:13px; }
@media (max-width: 700px) { .claims { grid-template-columns:1fr; } }
ul.quotes { list-style:none; padding:0; margin:0; } li.quote { margin-bottom:14px; }
blockquote { margin:0; padding:4px 12px; border-left:3px solid #9b6fd0; font-size:16px; } blockquote.indirect { border-left-style:dashed; font-style:italic; }
.who, .carried { margin:2px 0 0 15px; font-size:13px; } .cue { color:var(--muted); } .venue { background:var(--quote); padding:0 5px; border-radius:4px; }
ol.sources { padding-left:22px; margin:0; } ol.sources li { margin-bottom:6px; }
svg.lineage { max-width:100%; height:auto; } .lineage circle { fill:#fff; stroke:var(--accent); stroke-width:2; }
.lineage .num { text-anchor:middle; font-size:11px; fill:var(--accent); font-weight:700; } .lineage .label { text-anchor:middle; font-size:10px; fill:var(--muted); }
.lineage path.edge { fill:none; stroke:#7a8696; stroke-width:1.6; } .lineage path.edge.rewrite { stroke-dasharray:5 3; stroke:var(--warn); } .lineage path.edge.copy { stroke:var(--bad); }
.lineage marker path { fill:#7a8696; }
.lineage-list { font-size:12px; padding-left:16px; color:var(--muted); } .kind.rewrite { color:var(--warn); } .kind.copy { color:var(--bad); }
ul.entities { list-style:none; padding:0; margin:0; } ul.entities li { margin:2px 0; } .entities .n { font-size:11px; color:var(--muted); }
.role { font-size:12px; color:var(--muted); } .aliases { font-size:12px; color:var(--muted); margin-left:8px; }
/* article page */
article.article { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:18px 24px; }
.article .text { white-space:pre-wrap; font-size:16px; line-height:1.65; max-width:760px; margin-top:12px; }
.ent { border-bottom:2px solid transparent; border-radius:2px; } .ent.person { background:var(--person); border-color:#8ab4f8; }
.ent.place { background:var(--place); border-color:#81c995; } .ent.organization { background:var(--org); border-color:#fcc934; }
span.qt { background:var(--quote); } .legend span { padding:0 6px; margin-right:4px; }
mark.hl { background:#ffe066; color:inherit; padding:2px 0; box-shadow:0 2px 0 #f2b705; } mark.hl.flash { background:#ffd23f; }
mark.hl .ent, mark.hl .qt { background:transparent; }
.hl-note { font-size:13px; background:#fff8d6; border:1px solid #f2d675; padding:4px 8px; border-radius:5px; display:inline-block; }
/* ingest */
form.ingest { display:flex; flex-direction:column; gap:12px; max-width:640px; background:var(--card); border:1px solid var(--line); border-radius:8px; padding:16px; }
form.ingest label { display:flex; flex-direction:column; gap:4px; font-weight:600; } form.ingest button { align-self:flex-start; }
.ingest-status { margin-top:12px; } progress { width:100%; max-width:640px; height:14px; }
.ingest-done { background:var(--card); border:1px solid var(--line); border-radius:8px; padding:12px 16px; margin-top:12px; max-width:640px; }
.error { color:var(--bad); } li.error { color:var(--bad); } li.warning { color:var(--warn); }
`;

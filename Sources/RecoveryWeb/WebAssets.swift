/// The style sheet every page links, served by the app itself.
enum WebAssets {
  /// Phone first (390 px and up), large touch targets, a visible focus ring, and colours with at
  /// least 4.5:1 contrast on their backgrounds.
  static let css = """
    :root{--ink:#1d1d1f;--muted:#4f545c;--line:#c9ced4;--accent:#1d4f91;--accent-ink:#fff;--soft:#eef2f7;--bad:#9b1c14;--good:#17692f}
    *{box-sizing:border-box}
    body{margin:0;font:17px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
    .skip{position:absolute;left:-999px;top:0;background:#fff;padding:.5rem}
    .skip:focus{left:.5rem;z-index:2}
    header{background:var(--soft);border-bottom:1px solid var(--line);padding:.5rem .75rem}
    header .patient{margin:0 0 .3rem;font-size:.9rem;color:var(--muted)}
    nav ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.25rem}
    nav a{display:inline-block;padding:.45rem .65rem;border-radius:.4rem;color:var(--accent);text-decoration:none;font-weight:600;min-height:44px;line-height:1.6}
    nav a[aria-current=page]{background:var(--accent);color:var(--accent-ink)}
    main{max-width:46rem;margin:0 auto;padding:.75rem .9rem 3rem}
    h1{font-size:1.45rem;margin:.5rem 0}
    h2{font-size:1.15rem;margin:1.5rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
    a{color:var(--accent)}
    :focus-visible{outline:3px solid #b35c00;outline-offset:2px}
    .notice{padding:.5rem .75rem;border-left:5px solid var(--good);background:#e7f4ea}
    .notice.problem{border-color:var(--bad);background:#fbe9e7;color:var(--bad);font-weight:600}
    fieldset{border:1px solid var(--line);border-radius:.5rem;margin:.6rem 0;padding:.4rem .7rem .7rem}
    legend{font-weight:700;padding:0 .3rem}
    label{display:block;margin:.45rem 0 .15rem;font-weight:600}
    input[type=text],input[type=date],input[type=number],input[type=time],select,textarea{font:inherit;width:100%;max-width:28rem;padding:.45rem;border:1px solid #6b7178;border-radius:.35rem;min-height:44px;background:#fff;color:var(--ink)}
    textarea{min-height:8rem;font-family:ui-monospace,monospace;font-size:.9rem}
    input[type=file]{font:inherit;width:100%;max-width:28rem;padding:.55rem;border:2px dashed #6b7178;border-radius:.35rem;min-height:44px;background:var(--soft);color:var(--ink)}
    details{margin:.6rem 0}
    summary{cursor:pointer;font-weight:600;color:var(--accent);padding:.55rem 0;min-height:44px}
    .check{display:flex;align-items:center;gap:.5rem;margin:.6rem 0}
    .check label{margin:0}
    .check input{width:24px;height:24px;margin:0}
    input[type=range]{width:100%;max-width:28rem;min-height:44px}
    button,.button{font:inherit;font-weight:600;min-height:44px;min-width:44px;padding:.45rem .9rem;border-radius:.4rem;border:2px solid var(--accent);background:var(--accent);color:var(--accent-ink);cursor:pointer;text-decoration:none;display:inline-block}
    button.secondary,.button.secondary{background:#fff;color:var(--accent)}
    .choices{display:flex;flex-wrap:wrap;gap:.35rem;margin:.3rem 0}
    .choices input{position:absolute;opacity:0;width:1px;height:1px}
    .choices label{margin:0;font-weight:600;padding:.5rem .75rem;border:2px solid var(--accent);border-radius:1.2rem;color:var(--accent);background:#fff;min-height:44px;cursor:pointer}
    .choices input:checked+label{background:var(--accent);color:var(--accent-ink)}
    .choices input:focus-visible+label{outline:3px solid #b35c00;outline-offset:2px}
    .scores{display:grid;grid-template-columns:repeat(6,1fr);gap:.35rem;margin:.4rem 0}
    .scores button{font-size:1.3rem;min-height:56px;padding:0}
    .row{display:flex;flex-wrap:wrap;gap:.5rem;align-items:flex-end}
    .row>*{flex:1 1 9rem}
    table{border-collapse:collapse;width:100%;font-size:.95rem}
    .table-wrap{overflow-x:auto}
    th,td{text-align:left;padding:.4rem .45rem;border-bottom:1px solid var(--line);vertical-align:top}
    th{color:var(--muted);font-size:.85rem}
    .muted{color:var(--muted);font-size:.92rem}
    .inline{display:inline}
    .actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:.6rem 0}
    dl.summary{display:grid;grid-template-columns:auto 1fr;gap:.2rem .8rem}
    dl.summary dt{font-weight:600}
    dl.summary dd{margin:0}
    """
}

/**
 * The one stylesheet of every mission site, written to `assets/site.css`. Brand colours
 * and fonts arrive as custom properties from the page head (layout/brand.ts). Logical
 * properties (inline/block, start/end) only, so `dir="rtl"` mirrors the layout by itself.
 * No web fonts, no scripts: it must read well offline and without JavaScript.
 * The primary navigation's list is centred in the column like `.main`, so it stays out of the
 * list reset (padding:0;margin:0), which would otherwise pull it to the window's edge.
 */
export const SITE_CSS = `*,*::before,*::after{box-sizing:border-box}
[hidden]{display:none!important}
html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
body{margin:0;font-family:var(--brand-body-font,system-ui,sans-serif);font-size:1.0625rem;line-height:1.55;color:var(--brand-text,#1b1b1b);background:#fff;overflow-wrap:break-word}
h1,h2,h3{font-family:var(--brand-heading-font,Georgia,serif);line-height:1.25;margin-block:1.5rem .75rem}
h1{font-size:clamp(1.6rem,4vw,2.4rem);margin-block-start:0}
h2{font-size:1.4rem}
h3{font-size:1.15rem}
p,ul,ol,dl{margin-block:0 1rem}
img{max-inline-size:100%;block-size:auto}
a{color:var(--brand-link,#0b3d91);text-underline-offset:.15em}
a:hover{text-decoration-thickness:.15em}
:focus-visible{outline:3px solid var(--brand-text,#1b1b1b);outline-offset:2px;box-shadow:0 0 0 6px var(--brand-secondary,#ffd100)}
.skip-link{position:absolute;inset-inline-start:1rem;inset-block-start:-10rem;padding:.5rem 1rem;background:#fff;color:var(--brand-text,#1b1b1b);z-index:10}
.skip-link:focus{inset-block-start:1rem}
.visually-hidden{position:absolute!important;inline-size:1px;block-size:1px;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
.site-header{background:var(--brand-primary,#0b3d91);color:var(--brand-on-primary,#fff);border-block-end:.4rem solid var(--brand-secondary,#ffd100)}
.site-header a{color:inherit}
.site-header__inner,.primary-nav ul,.main,.site-footer__inner{max-inline-size:66rem;margin-inline:auto;padding-inline:1rem}
.site-header__inner{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between;padding-block:1rem}
.site-header__brand{display:flex;gap:.75rem;align-items:center;text-decoration:none;min-inline-size:0}
.site-header__emblem{inline-size:3rem;block-size:auto;flex:none}
.site-header__names{display:flex;flex-direction:column;min-inline-size:0}
.site-header__ministry{font-size:.9rem}
.site-header__mission{font-family:var(--brand-heading-font,Georgia,serif);font-size:1.3rem;font-weight:700}
.language-switcher ul,.site-footer ul,.topics,.pagination ul,.card-list,.account-list{list-style:none;padding:0;margin:0}
.language-switcher ul{display:flex;flex-wrap:wrap;gap:.25rem .9rem}
.language-switcher [aria-current]{font-weight:700;text-decoration:none}
.primary-nav{border-block-start:1px solid currentColor}
.primary-nav ul{display:flex;flex-wrap:wrap;gap:0 1.25rem;list-style:none;margin-block:0;padding-block:.5rem}
.primary-nav a{display:inline-block;padding-block:.4rem;font-weight:600}
.primary-nav [aria-current]{text-decoration-thickness:.2em}
.sample-notice{margin:0;padding:.5rem 1rem;text-align:center;background:var(--surface,#f3f2f1)}
.main{padding-block:2rem 3rem}
.lead{font-size:1.2rem}
.meta{color:#505a5f;font-size:.95rem}
.card-list{display:grid;gap:1.25rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,18rem),1fr))}
.service-categories{display:grid;gap:0 1.25rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,18rem),1fr))}
.service-categories .card-list{grid-template-columns:minmax(0,1fr)}
.card{border-block-start:.3rem solid var(--brand-primary,#0b3d91);padding-block-start:.75rem}
.card h2,.card h3{margin-block-start:0}
.news-list{list-style:none;padding:0;margin:0}
.news-list>li{padding-block:1rem;border-block-end:1px solid #b1b4b6}
.with-thumbnail{display:grid;grid-template-columns:12rem minmax(0,1fr);gap:1.25rem;align-items:start}
.thumbnail img{display:block;inline-size:100%}
.news-list h2{margin-block:0 .25rem;font-size:1.25rem}
.topics{display:flex;flex-wrap:wrap;gap:.5rem}
.topics li{background:var(--surface,#f3f2f1);padding:.1rem .5rem}
.panel{background:var(--surface,#f3f2f1);padding:1rem 1.25rem;margin-block:1.5rem}
.panel--emergency{border-inline-start:.4rem solid var(--brand-accent,#c8102e)}
.panel h2{margin-block-start:0}
.site-header__emergency{flex-basis:100%;margin:0;font-weight:700}
.alerts{margin-block:0 1.5rem}
.alert{padding:.75rem 1rem;margin-block-end:.75rem;color:#1b1b1b;background:#e8f1fb;border-inline-start:.5rem solid #1d4f91}
.alert--warning{background:#fff4e0;border-inline-start-color:#8a4b00}
.alert--critical{background:#fde7e9;border-inline-start-color:#a4101f}
.alert p{margin-block:0 .35rem}
.alert__text{white-space:pre-line}
.alert__until{font-size:.9rem;margin-block-end:0}
.phone{font-size:1.3rem;font-weight:700}
.button{display:inline-block;padding:.6rem 1.2rem;background:var(--brand-primary,#0b3d91);color:var(--brand-on-primary,#fff);font-weight:700;text-decoration:none;border-block-end:3px solid var(--brand-text,#1b1b1b)}
.button:hover{text-decoration:underline}
.pagination ul{display:flex;flex-wrap:wrap;justify-content:space-between;gap:1rem;margin-block-start:2rem}
.hero{margin:0 0 1.5rem}
.hero img{display:block;inline-size:100%}
.prose{max-inline-size:42rem}
.prose img{block-size:auto}
.facts{display:grid;grid-template-columns:minmax(8rem,max-content) 1fr;gap:.5rem 1.5rem}
.facts dt{font-weight:700}
.facts dd{margin:0}
.office{border-block-start:1px solid #b1b4b6;padding-block-start:1rem}
.hours{border-collapse:collapse;margin-block-end:1rem}
.hours th,.hours td{text-align:start;padding-block:.25rem;padding-inline:0 1rem;border-block-end:1px solid #b1b4b6;vertical-align:top}
.account-list li{padding-block:.5rem;border-block-end:1px solid #b1b4b6}
.site-footer{background:var(--surface,#f3f2f1);border-block-start:.3rem solid var(--brand-primary,#0b3d91);margin-block-start:2rem}
.site-footer__inner{padding-block:1.5rem}
.site-footer ul{display:flex;flex-wrap:wrap;gap:.5rem 1.5rem;margin-block-end:1rem}
.site-footer__heading{font-size:1.1rem;margin-block-start:0}
.citizen-form{border-block-start:.3rem solid var(--brand-primary,#0b3d91);margin-block:2.5rem 1rem;padding-block-start:.75rem;max-inline-size:42rem}
.citizen-form h2{margin-block-start:0}
.field{margin:0 0 1.25rem;padding:0;border:0;min-inline-size:0}
.field label,.field legend{display:block;font-weight:700;margin-block-end:.3rem;padding:0}
.field-hint{color:#505a5f;margin-block:0 .3rem}
.field-optional{font-weight:400;color:#505a5f}
.field input[type=text],.field input[type=email],.field input[type=tel],.field select,.field textarea{display:block;inline-size:100%;max-inline-size:32rem;padding:.45rem .5rem;font:inherit;border:2px solid var(--brand-text,#1b1b1b);border-radius:0;background:#fff;color:inherit}
.field textarea{max-inline-size:100%}
.field [aria-invalid=true]{border-color:#b3261e;border-inline-start-width:.3rem}
.field-error{color:#b3261e;font-weight:700;margin-block:0 .3rem}
.field--checkbox{display:grid;grid-template-columns:auto 1fr;gap:.25rem .6rem;align-items:start}
.field--checkbox .field-error{grid-column:1/-1}
.field--checkbox input,.radio input{inline-size:1.4rem;block-size:1.4rem;margin:0;accent-color:var(--brand-primary,#0b3d91)}
.field--checkbox label{font-weight:400}
.radios{display:flex;flex-direction:column;gap:.5rem}
.radio{display:flex;gap:.6rem;align-items:center}
.radio label{font-weight:400;margin:0}
.field-trap{position:absolute!important;inset-inline-start:-100vw;inline-size:1px;block-size:1px;overflow:hidden}
.error-summary{border:.3rem solid #b3261e;padding:1rem 1.25rem;margin-block:1rem 1.5rem}
.error-summary__title{margin-block:0 .5rem}
.error-summary ul{margin:0;padding-inline-start:1.25rem}
.error-summary a{color:#b3261e;font-weight:700}
.panel--confirmation{border-inline-start:.4rem solid var(--brand-primary,#0b3d91)}
.reference{font-size:1.3rem;letter-spacing:.04em;white-space:nowrap}
.commitments li{margin-block-end:.5rem}
button.button{font:inherit;font-weight:700;cursor:pointer;border-inline:0;border-block-start:0}
button.button[disabled]{opacity:.7;cursor:progress}
.advice-level{display:inline-block;padding:.1rem .6rem;border-inline-start:.5rem solid;font-weight:700;background:#fff;color:#1b1b1b}
.advice-level--1{border-color:#2e7d32}.advice-level--2{border-color:#f9a825}.advice-level--3{border-color:#ef6c00}.advice-level--4{border-color:#b3261e}
.panel--advice{border-inline-start:.4rem solid var(--brand-primary,#0b3d91)}
.advice-index{border-collapse:collapse;inline-size:100%;table-layout:fixed}.advice-index th,.advice-index td{text-align:start;padding:.5rem;border-block-end:1px solid #b1b4b6;vertical-align:top;overflow-wrap:anywhere}
.advice-history li,.advice-regions li{margin-block-end:.5rem}
.office-list{list-style:none;padding:0;margin:0}.office-list li{padding-block:.5rem;border-block-end:1px solid #b1b4b6;overflow-wrap:anywhere}.office-list p{margin-block:.2rem}
.nearest-office .field input[type=search]{display:block;inline-size:100%;max-inline-size:32rem;padding:.45rem .5rem;font:inherit;border:2px solid var(--brand-text,#1b1b1b);border-radius:0;background:#fff;color:inherit}
.nearest-office form .button{margin-block-end:.5rem}.nearest-office__results{margin-block-end:1.5rem}.nearest-office__results .distance{font-weight:700}
.corps-list,.corps-accounts{list-style:none;padding:0;margin:0}.corps-list>li{padding-block:1rem;border-block-end:1px solid #b1b4b6}.corps-entry h3{margin-block-start:0}.corps .facts dd{overflow-wrap:anywhere}
.corps-table{border-collapse:collapse;inline-size:100%;table-layout:fixed}.corps-table th,.corps-table td{text-align:start;padding:.5rem;border-block-end:1px solid #b1b4b6;vertical-align:top;overflow-wrap:anywhere}.corps-table .corps-table__position{inline-size:3.5rem}
@media (max-width:40rem){.with-thumbnail{grid-template-columns:minmax(0,1fr)}.facts{grid-template-columns:1fr}.facts dd{margin-block-end:.5rem}.site-header__mission{font-size:1.1rem}}
@media print{.skip-link,.primary-nav,.language-switcher{display:none}a{color:inherit}}
@media print{body:has(.corps) .site-footer,body:has(.corps) .site-header__emergency,.corps__views,.corps__open-data{display:none}.corps-table thead{display:table-header-group}.corps-table tr,.corps-entry{break-inside:avoid}.corps{font-size:10pt}.corps .meta{font-size:.9em}}
`

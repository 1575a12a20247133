/**
 * The few rules the booking flow adds to the mission's stylesheet (templates/styles/siteCss.ts):
 * the step list, the days and times as large targets that wrap on a phone, and the summary.
 * Logical properties only, so right-to-left pages mirror by themselves. The CMS serves these
 * pages itself, so they travel in the page's head rather than in every site's site.css.
 */
export const BOOKING_CSS = `.booking-caption{color:#505a5f;margin-block:0 .25rem}
.booking-steps ol{display:flex;flex-wrap:wrap;gap:.25rem 1.5rem;list-style:none;padding:0;margin:0 0 1.5rem;counter-reset:step}
.booking-steps li{counter-increment:step;color:#505a5f}
.booking-steps li::before{content:counter(step) ". "}
.booking-steps [aria-current]{color:inherit;font-weight:700;text-decoration:underline;text-decoration-thickness:.2em;text-underline-offset:.3em}
.booking-choices{max-inline-size:42rem}
.booking-choices dd{display:flex;flex-wrap:wrap;gap:.25rem 1rem;justify-content:space-between}
.booking-options{list-style:none;padding:0;margin:0 0 1.5rem;display:grid;gap:1rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,18rem),1fr))}
.booking-options>li{border-block-start:.3rem solid var(--brand-primary,#0b3d91);padding-block-start:.5rem}
.booking-options a{font-weight:700;font-size:1.1rem}
.booking-options p{margin-block:.25rem 0}
.booking-days{list-style:none;padding:0;margin:0 0 1.5rem;display:grid;gap:.5rem;grid-template-columns:repeat(auto-fill,minmax(min(100%,10rem),1fr))}
.booking-days a{display:block;padding:.6rem .75rem;border:2px solid var(--brand-primary,#0b3d91);text-decoration:none;font-weight:700}
.booking-days a:hover{text-decoration:underline}
.booking-days .meta{display:block;font-weight:400}
.booking-times{display:grid;gap:.5rem;grid-template-columns:repeat(auto-fill,minmax(7.5rem,1fr));margin-block-end:1.5rem}
.booking-times .radio{position:relative;border:2px solid var(--brand-text,#1b1b1b);padding:.5rem .6rem}
.booking-times .radio:has(input:checked){outline:3px solid var(--brand-primary,#0b3d91)}
.booking-times label{font-variant-numeric:tabular-nums;font-weight:700;white-space:nowrap}
.booking-times label::after{content:"";position:absolute;inset:0}
.booking-times input{position:relative;z-index:1}
.booking-back{margin-block-start:1.5rem}
.booking-form{max-inline-size:42rem}
.booking-actions{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;margin-block:1.5rem}
.button--secondary,button.button--secondary{background:var(--surface,#f3f2f1);color:var(--brand-text,#1b1b1b)}
.button--warning,button.button--warning{background:#b3261e;color:#fff}
.booking-notice{border-color:#b3261e}
.field--people select{max-inline-size:8rem}
`

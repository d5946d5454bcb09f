using System.Security.Cryptography;
using System.Text;

namespace MmsPowerShell.Core.Reports
{
    /// <summary>
    /// The page's one style sheet, and the Content-Security-Policy that allows exactly it: no script of any kind, no
    /// fetch, no font, no image, no other style (an injected style attribute or element would not apply either).
    /// System fonts only, so nothing is downloaded; A4 print rules; one column on a phone.
    /// </summary>
    internal static class ReportStyle
    {
        public const string Css = @"
:root{--ink:#1c2433;--muted:#5b6577;--line:#e3e7ee;--bg:#f4f6fa;--card:#fff;--done:#1f9d55;--fail:#d64545;--run:#2f6fde;--wait:#aab3c2;--track:#e8ecf2}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.45 system-ui,-apple-system,'Segoe UI',Roboto,'Noto Sans','Noto Sans CJK SC','PingFang SC','Microsoft YaHei',sans-serif}
header{background:linear-gradient(120deg,#18324f,#245a8c);color:#fff;padding:1.6rem 1.5rem 1.4rem}
header .kicker{margin:0;font-size:.8rem;letter-spacing:.08em;text-transform:uppercase;opacity:.8}
header h1{margin:.2rem 0 .5rem;font-size:1.7rem;line-height:1.2;overflow-wrap:anywhere}
header .meta{margin:0;font-size:.9rem;opacity:.9}
main{max-width:72rem;margin:0 auto;padding:1.2rem 1.2rem 2rem}
h2{font-size:1.15rem;margin:2rem 0 .7rem}
h2 small{font-weight:normal;color:var(--muted);font-size:.85rem}
.state{display:inline-block;padding:.1rem .6rem;border-radius:1rem;font-size:.8rem;font-weight:600;vertical-align:middle;margin-left:.4rem;background:#fff;color:var(--ink)}
.state-Done{background:#d8f3e3;color:#13653a}.state-Failed{background:#fbe0e0;color:#9b2222}.state-Running{background:#dde8fb;color:#1d4fa8}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(10.5rem,1fr));gap:.9rem}
.card{background:var(--card);border:1px solid var(--line);border-radius:.8rem;padding:1rem 1.1rem;box-shadow:0 1px 2px rgba(20,30,50,.05)}
.card h3{margin:0 0 .3rem;font-size:.78rem;letter-spacing:.06em;text-transform:uppercase;color:var(--muted)}
.card .big{font-size:1.9rem;font-weight:700;line-height:1.1}
.card .sub{color:var(--muted);font-size:.85rem;margin-top:.3rem}
.card .split{display:flex;align-items:center;gap:.9rem}
.card .split>div{min-width:0}
.donut{width:4.4rem;height:4.4rem;flex:none}
.meter{display:block;width:100%;height:.6rem;margin-top:.6rem}
.legend{display:flex;flex-wrap:wrap;gap:.3rem .9rem;font-size:.8rem;color:var(--muted);margin:.2rem 0 .8rem}
.key{display:inline-block;width:.7rem;height:.7rem;border-radius:.15rem;margin-right:.3rem;vertical-align:-.05rem}
.k-done{background:var(--done)}.k-fail{background:var(--fail)}.k-run{background:var(--run)}.k-wait{background:var(--track)}
.panel{background:var(--card);border:1px solid var(--line);border-radius:.8rem;padding:1rem 1.1rem}
.db{display:grid;grid-template-columns:minmax(8rem,15rem) 1fr;gap:.1rem 1rem;padding:.55rem 0;border-top:1px solid var(--line);break-inside:avoid}
.db:first-of-type{border-top:0}
.db-name{grid-row:span 2;font-weight:600;overflow-wrap:anywhere}
.db-name small{display:block;font-weight:normal;color:var(--muted)}
.row{display:grid;grid-template-columns:3.3rem 1fr 10.5rem;align-items:center;gap:.6rem;font-size:.82rem}
.row .what{color:var(--muted)}
.row .nums{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.bar{display:block;width:100%;height:.75rem}
table{width:100%;border-collapse:collapse;background:var(--card);font-size:.86rem}
.tablewrap{border:1px solid var(--line);border-radius:.8rem;overflow:hidden;background:var(--card)}
th,td{text-align:left;padding:.5rem .65rem;border-top:1px solid var(--line);vertical-align:top}
th{border-top:0;background:#f8f9fc;color:var(--muted);font-size:.75rem;letter-spacing:.05em;text-transform:uppercase}
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
td.name{overflow-wrap:anywhere;font-weight:600;min-width:15rem}
td time{white-space:nowrap}
.badge{display:inline-block;padding:.05rem .5rem;border-radius:1rem;font-size:.75rem;font-weight:600;background:#eef1f6;color:#46506a}
.b-DONE{background:#d8f3e3;color:#13653a}.b-FAILED,.b-NOTCREATED{background:#fbe0e0;color:#9b2222}.b-DOING{background:#dde8fb;color:#1d4fa8}.b-STOPPED{background:#fdf0d5;color:#8a5a00}
.log{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem;white-space:pre-wrap;overflow-wrap:anywhere;color:#7a2323;background:#fdf3f3;border-radius:.3rem;padding:.25rem .4rem;margin:.1rem 0 .3rem}
code{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.8rem;overflow-wrap:anywhere}
.cmd{display:block;background:#17202e;color:#e6edf7;border-radius:.3rem;padding:.3rem .5rem;white-space:pre-wrap;margin:.2rem 0 .8rem}
.chips{display:flex;flex-wrap:wrap;gap:.4rem;margin:0 0 .7rem}
.note{color:var(--muted);font-size:.85rem;margin:.6rem 0}
.empty{color:var(--muted);font-style:italic;padding:1rem;background:var(--card);border:1px dashed var(--line);border-radius:.8rem}
details{margin-top:.8rem}
summary{cursor:pointer;color:#1d4fa8;font-weight:600;padding:.3rem 0}
dl.settings{display:grid;grid-template-columns:max-content 1fr;gap:.35rem 1.2rem;margin:0}
dl.settings dt{color:var(--muted)}
dl.settings dd{margin:0;overflow-wrap:anywhere;font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:.85rem}
footer{max-width:72rem;margin:0 auto;padding:0 1.2rem 2rem;color:var(--muted);font-size:.8rem}
@media (max-width:40rem){
body{font-size:14px}
header{padding:1.2rem 1rem}
main{padding:1rem .7rem 2rem}
.cards .card:first-child,.cards .card:last-child{grid-column:1/-1}
.card .big{font-size:1.45rem}
.db{grid-template-columns:1fr}
.db-name{grid-row:auto}
.row{grid-template-columns:3rem 1fr;}
.row .nums{grid-column:2;text-align:left}
.tablewrap{border:0;background:none;overflow:visible}
table.stack,table.stack tbody,table.stack tr,table.stack td{display:block;width:100%}
table.stack thead{display:none}
table.stack{background:none}
table.stack tr{background:var(--card);border:1px solid var(--line);border-radius:.7rem;margin-bottom:.6rem;padding:.3rem 0}
table.stack td{border:0;padding:.2rem .8rem;text-align:left;min-width:0}
table.stack td[data-label]::before{content:attr(data-label);display:inline-block;min-width:6.5rem;color:var(--muted);font-size:.75rem;text-transform:uppercase;letter-spacing:.04em}
dl.settings{grid-template-columns:1fr}
dl.settings dd{margin-bottom:.4rem}
}
@page{size:A4;margin:14mm 12mm}
@media print{
html,body{background:#fff;-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{font-size:10.5pt}
header{background:none;color:var(--ink);border-bottom:2px solid var(--ink);padding:0 0 .6rem}
main{max-width:none;padding:0}
.cards{grid-template-columns:repeat(4,1fr)}
.card{box-shadow:none;break-inside:avoid}
.tablewrap{overflow:visible}
thead{display:table-header-group}
tr{break-inside:avoid}
h2{break-after:avoid}
summary{color:var(--muted)}
footer{padding:1rem 0 0}
}
";

        /// <summary>
        /// The policy for the page's meta tag. default-src 'none' forbids scripts, frames, fonts, images and every
        /// fetch; style-src allows only this style sheet, by its hash.
        /// </summary>
        public static string ContentSecurityPolicy { get; } =
            "default-src 'none'; style-src 'sha256-" + Sha256Base64(Css) + "'; base-uri 'none'; form-action 'none'";

        private static string Sha256Base64(string text)
        {
            using (SHA256 sha = SHA256.Create())
            {
                return Convert.ToBase64String(sha.ComputeHash(Encoding.UTF8.GetBytes(text)));
            }
        }
    }
}

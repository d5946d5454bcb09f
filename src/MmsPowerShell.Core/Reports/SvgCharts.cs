namespace MmsPowerShell.Core.Reports
{
    /// <summary>
    /// The report's pictures, as inline SVG: a ring for the headline and stacked bars for progress. Shapes only; the
    /// numbers they show are written as text next to them (and the title gives screen readers the same numbers).
    /// </summary>
    internal static class SvgCharts
    {
        private const string Done = "#1f9d55";
        private const string Failed = "#d64545";
        private const string Running = "#2f6fde";
        private const string Track = "#e8ecf2";

        /// <summary>A horizontal bar: done, then failed, on a track for the whole. Stretches to its box.</summary>
        public static void Bar(HtmlWriter page, double done, double failed, double total, string title, bool bytes = false)
        {
            page.Markup("<svg class=\"bar\" viewBox=\"0 0 1000 10\" preserveAspectRatio=\"none\" role=\"img\"><title>").Text(title).Markup("</title>")
                .Markup("<rect width=\"1000\" height=\"10\" fill=\"" + Track + "\"/>");
            double doneWidth = Share(done, total) * 1000;
            double failedWidth = Share(failed, total) * 1000;
            if (doneWidth > 0)
            {
                page.Markup("<rect width=\"").Number(Visible(doneWidth)).Markup("\" height=\"10\" fill=\"" + (bytes ? Running : Done) + "\"/>");
            }
            if (failedWidth > 0)
            {
                page.Markup("<rect x=\"").Number(Math.Min(doneWidth, 1000 - Visible(failedWidth))).Markup("\" width=\"").Number(Visible(failedWidth))
                    .Markup("\" height=\"10\" fill=\"" + Failed + "\"/>");
            }
            page.Markup("</svg>");
        }

        /// <summary>A ring of done (green) and failed (red) out of the whole, with the done share in the middle.</summary>
        public static void Ring(HtmlWriter page, double done, double failed, double total, string title)
        {
            // r = 100 / (2π): the circumference is 100, so a dash length is a percentage.
            const string circle = "<circle cx=\"21\" cy=\"21\" r=\"15.915\" fill=\"none\" stroke-width=\"6\" ";
            double donePercent = Share(done, total) * 100;
            double failedPercent = Share(failed, total) * 100;
            page.Markup("<svg class=\"donut\" viewBox=\"0 0 42 42\" role=\"img\"><title>").Text(title).Markup("</title>")
                .Markup(circle + "stroke=\"" + Track + "\"/>");
            if (donePercent > 0)
            {
                page.Markup(circle + "stroke=\"" + Done + "\" stroke-dasharray=\"").Number(Visible(donePercent, 0.6)).Markup(" 100\" ")
                    .Markup("transform=\"rotate(-90 21 21)\"/>");
            }
            if (failedPercent > 0)
            {
                page.Markup(circle + "stroke=\"" + Failed + "\" stroke-dasharray=\"").Number(Visible(failedPercent, 0.6)).Markup(" 100\" ")
                    .Markup("transform=\"rotate(").Number(-90 + donePercent * 3.6).Markup(" 21 21)\"/>");
            }
            page.Markup("<text x=\"21\" y=\"23.5\" text-anchor=\"middle\" font-size=\"8.5\" font-weight=\"700\" fill=\"#1c2433\">")
                .Markup(((int)Math.Floor(donePercent)).ToString(System.Globalization.CultureInfo.InvariantCulture)).Markup("%</text></svg>");
        }

        private static double Share(double part, double whole) => whole <= 0 || part <= 0 ? 0 : Math.Min(1, part / whole);

        /// <summary>A sliver that is not zero stays visible: one failed table in 100,000 must still show red.</summary>
        private static double Visible(double size, double minimum = 4) => Math.Max(size, minimum);
    }
}

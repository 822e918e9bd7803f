using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using SemaineIndustrie.Features.Events.Kit;

namespace SemaineIndustrie.Data.Demo;

/// Small real PDF documents for the demonstration content (a press kit, job sheets), drawn with
/// PDFsharp in Marianne like the communication kit.
public static class DemoDocuments
{
    private static readonly XColor Blue = XColor.FromArgb(0, 0, 145);

    public static byte[] Pdf(string kind, string title, IReadOnlyList<string> paragraphs)
    {
        using var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = "Semaine de l'industrie";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            var width = page.Width.Point;
            gfx.DrawRectangle(new XSolidBrush(Blue), 0, 0, width, 90);
            gfx.DrawString("SEMAINE DE L'INDUSTRIE", Font(20, bold: true), XBrushes.White, new XPoint(40, 45));
            gfx.DrawString(kind, Font(13), XBrushes.White, new XPoint(40, 70));
            var formatter = new XTextFormatter(gfx);
            formatter.DrawString(title, Font(20, bold: true), new XSolidBrush(Blue), new XRect(40, 120, width - 80, 60), XStringFormats.TopLeft);
            var top = 190.0;
            foreach (var paragraph in paragraphs)
            {
                var font = Font(11);
                var lines = Math.Ceiling(gfx.MeasureString(paragraph, font).Width / (width - 80)) + 1;
                var height = lines * font.GetHeight();
                formatter.DrawString(paragraph, font, XBrushes.Black, new XRect(40, top, width - 80, height), XStringFormats.TopLeft);
                top += height + 8;
            }
            gfx.DrawString("Direction générale des Entreprises – semaine-industrie.gouv.fr", Font(9), XBrushes.Gray, new XPoint(40, page.Height.Point - 30));
        }
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static XFont Font(double size, bool bold = false) => new(KitFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);
}

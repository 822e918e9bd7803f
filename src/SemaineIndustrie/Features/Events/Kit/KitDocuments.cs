using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;
using QRCoder;
using SemaineIndustrie.Features.Shared;

namespace SemaineIndustrie.Features.Events.Kit;

/// What a labelled event's kit documents say.
public sealed record KitEvent(int Id, string Title, string Summary, string Organisation, int EditionNumber, int EditionYear, string? Theme,
    IReadOnlyList<string> Slots, string Place, string Url, DateTime LabelledAt, string? Registration);

/// The certificate of the label and the A4 poster, drawn with PDFsharp; the poster's QR code
/// (QRCoder) is drawn as vector squares so it prints sharp at any size.
public static class KitDocuments
{
    private static readonly XColor Blue = XColor.FromArgb(0, 0, 145);
    private static readonly XColor Red = XColor.FromArgb(225, 0, 15);

    public static byte[] Certificate(KitEvent e)
    {
        using var document = NewDocument($"Certificat de labellisation – {e.Title}");
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        using var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point;
        var height = page.Height.Point;
        gfx.DrawRectangle(new XPen(Blue, 6), 24, 24, width - 48, height - 48);
        gfx.DrawRectangle(new XPen(Red, 1.5), 36, 36, width - 72, height - 72);
        Centered(gfx, "République française", Font(11, bold: true), 60, width);
        Centered(gfx, "CERTIFICAT DE LABELLISATION", Font(28, bold: true), 110, width, Blue);
        Centered(gfx, $"Semaine de l'industrie {e.EditionYear} – {FrenchFormat.EditionOrdinal(e.EditionNumber)} édition", Font(16), 150, width);
        if (e.Theme is not null)
        {
            Centered(gfx, $"« {e.Theme} »", Font(13), 175, width);
        }
        Centered(gfx, "Le label de la Semaine de l'industrie est décerné à l'événement", Font(13), 225, width);
        Wrapped(gfx, $"« {e.Title} »", Font(20, bold: true), new XRect(80, 250, width - 160, 70), XParagraphAlignment.Center, Blue);
        Centered(gfx, $"organisé par {e.Organisation}", Font(14), 335, width);
        Wrapped(gfx, string.Join(" · ", e.Slots.Take(4)) + (e.Slots.Count > 4 ? $" (+ {e.Slots.Count - 4} créneaux)" : ""), Font(12),
            new XRect(80, 365, width - 160, 40), XParagraphAlignment.Center);
        Centered(gfx, e.Place, Font(12), 410, width);
        Centered(gfx, $"Labellisé le {FrenchFormat.Date(DateOnly.FromDateTime(e.LabelledAt))} par le comité de validation – référence SI-{e.EditionYear}-{e.Id:D6}",
            Font(10), height - 70, width);
        return Save(document);
    }

    public static byte[] Poster(KitEvent e)
    {
        using var document = NewDocument($"Affiche – {e.Title}");
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using var gfx = XGraphics.FromPdfPage(page);
        var width = page.Width.Point;
        var height = page.Height.Point;
        gfx.DrawRectangle(new XSolidBrush(Blue), 0, 0, width, 130);
        gfx.DrawRectangle(new XSolidBrush(Red), 0, 130, width, 6);
        gfx.DrawString("SEMAINE DE L'INDUSTRIE", Font(26, bold: true), XBrushes.White, new XPoint(40, 62));
        gfx.DrawString($"{e.EditionYear} · Événement labellisé", Font(16), XBrushes.White, new XPoint(40, 95));
        var top = 170.0;
        top += Wrapped(gfx, e.Title, Font(30, bold: true), new XRect(40, top, width - 80, 150), XParagraphAlignment.Left, Blue) + 15;
        top += Wrapped(gfx, e.Summary, Font(14), new XRect(40, top, width - 80, 110), XParagraphAlignment.Left) + 20;
        gfx.DrawString("Quand", Font(13, bold: true), XBrushes.Black, new XPoint(40, top));
        top += 20;
        foreach (var slot in e.Slots.Take(6))
        {
            gfx.DrawString(slot, Font(13), XBrushes.Black, new XPoint(40, top));
            top += 18;
        }
        if (e.Slots.Count > 6)
        {
            gfx.DrawString($"et {e.Slots.Count - 6} autres créneaux", Font(13), XBrushes.Black, new XPoint(40, top));
            top += 18;
        }
        top += 12;
        gfx.DrawString("Où", Font(13, bold: true), XBrushes.Black, new XPoint(40, top));
        Wrapped(gfx, e.Place, Font(13), new XRect(40, top + 6, width - 80, 40), XParagraphAlignment.Left);
        gfx.DrawString($"Organisé par {e.Organisation}", Font(12), XBrushes.Black, new XPoint(40, top + 60));
        if (e.Registration is not null)
        {
            gfx.DrawString(e.Registration, Font(12, bold: true), XBrushes.Black, new XPoint(40, top + 80));
        }

        const double qrSize = 150;
        var qrX = width - 40 - qrSize;
        var qrY = height - 60 - qrSize;
        DrawQrCode(gfx, e.Url, qrX, qrY, qrSize);
        Wrapped(gfx, "Programme, inscription et accès : scannez le code ou rendez-vous sur", Font(11), new XRect(40, qrY + 40, qrX - 60, 40),
            XParagraphAlignment.Left);
        // A link has no spaces to wrap at: it shrinks to fit beside the code instead.
        var urlFont = Font(11, bold: true);
        var urlWidth = gfx.MeasureString(e.Url, urlFont).Width;
        if (urlWidth > qrX - 60)
        {
            urlFont = Font(Math.Max(6, 11 * (qrX - 60) / urlWidth), bold: true);
        }
        gfx.DrawString(e.Url, urlFont, new XSolidBrush(Blue), new XPoint(40, qrY + 90));
        gfx.DrawString("Entrée gratuite · Événement labellisé Semaine de l'industrie", Font(10), XBrushes.Gray, new XPoint(40, height - 30));
        return Save(document);
    }

    private static void DrawQrCode(XGraphics gfx, string url, double x, double y, double size)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var cell = size / modules.Count;
        gfx.DrawRectangle(XBrushes.White, x, y, size, size);
        for (var row = 0; row < modules.Count; row++)
        {
            for (var column = 0; column < modules[row].Length; column++)
            {
                if (modules[row][column])
                {
                    // A hair wider than the cell, so neighbouring squares leave no white seams when printed.
                    gfx.DrawRectangle(XBrushes.Black, x + (column * cell), y + (row * cell), cell + 0.2, cell + 0.2);
                }
            }
        }
    }

    private static PdfDocument NewDocument(string title)
    {
        var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Author = "Semaine de l'industrie";
        document.Info.Creator = "Plateforme de la Semaine de l'industrie";
        return document;
    }

    private static XFont Font(double size, bool bold = false) => new(KitFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular);

    private static void Centered(XGraphics gfx, string text, XFont font, double y, double width, XColor? color = null) =>
        gfx.DrawString(text, font, new XSolidBrush(color ?? XColors.Black), new XRect(0, y, width, font.Height), XStringFormats.TopCenter);

    /// Draws wrapped text in the box and returns the height it used (lines × line height, at most the box).
    private static double Wrapped(XGraphics gfx, string text, XFont font, XRect box, XParagraphAlignment alignment, XColor? color = null)
    {
        var formatter = new XTextFormatter(gfx) { Alignment = alignment };
        formatter.DrawString(text, font, new XSolidBrush(color ?? XColors.Black), box, XStringFormats.TopLeft);
        var lines = Math.Ceiling(gfx.MeasureString(text, font).Width / box.Width) + text.Count(c => c == '\n');
        return Math.Min(box.Height, lines * font.GetHeight());
    }

    private static byte[] Save(PdfDocument document)
    {
        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }
}

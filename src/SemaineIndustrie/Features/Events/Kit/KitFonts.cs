using PdfSharp.Fonts;

namespace SemaineIndustrie.Features.Events.Kit;

/// Marianne, the State's typeface, for the kit's PDFs: the TrueType files the build unwraps from the
/// DSFR's WOFF fonts into the Reference folder. PDFsharp's font resolver and license are process-wide.
public sealed class KitFonts : IFontResolver
{
    public const string Family = "Marianne";
    private static readonly Lock Gate = new();
    private readonly string _directory;

    private KitFonts(string directory) => _directory = directory;

    public static void Install(string referenceDirectory)
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is null)
            {
                GlobalFontSettings.FontResolver = new KitFonts(Path.Combine(referenceDirectory, "fonts"));
            }
            // PDFsharp 6.5 (the only release the package mirror holds) is dual-licensed, AGPL or
            // commercial; the platform's code is published as free software, which the AGPL allows.
            PdfSharp.PdfSharpLicense.SetAgplLicense();
        }
    }

    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) =>
        new(bold ? "Marianne-Bold" : "Marianne-Regular");

    public byte[]? GetFont(string faceName)
    {
        var path = Path.Combine(_directory, faceName + ".ttf");
        return File.Exists(path) ? File.ReadAllBytes(path)
            : throw new FileNotFoundException($"{path} is missing: build the application (build/assets.mjs writes it).", path);
    }
}

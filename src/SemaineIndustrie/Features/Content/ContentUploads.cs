using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Content;

/// Checks an uploaded file before it is stored: its size against <c>Content:MaxUploadMegabytes</c>
/// and its type from its first bytes (PDF, PNG, JPEG or WebP), never from its name or the browser's
/// claim. The stored name is generated: a French slug of the uploaded name and the detected type's extension.
public sealed class ContentUploads(IConfiguration configuration)
{
    public int MaxMegabytes { get; } = configuration.GetValue("Content:MaxUploadMegabytes", 10);

    public long MaxBytes => MaxMegabytes * 1024L * 1024L;

    public static string? DetectType(ReadOnlySpan<byte> content) =>
        content.StartsWith("%PDF-"u8) ? "application/pdf" : EventImage.DetectType(content);

    public static string SafeName(string? uploadedName, string contentType)
    {
        var extension = contentType switch
        {
            "application/pdf" => ".pdf",
            "image/png" => ".png",
            "image/jpeg" => ".jpg",
            _ => ".webp",
        };
        var name = Path.GetFileNameWithoutExtension(uploadedName ?? "");
        return (name.Any(char.IsLetterOrDigit) ? Slugs.From(name, maxLength: 80) : "fichier") + extension;
    }

    /// The file ready to attach, or the French reason it is refused.
    public async Task<(ContentFile? File, string? Error)> ReadAsync(IFormFile upload, DateTime now, CancellationToken ct)
    {
        if (upload.Length == 0)
        {
            return (null, "Le fichier envoyé est vide.");
        }
        if (upload.Length > MaxBytes)
        {
            return (null, $"Le fichier dépasse la taille maximale de {MaxMegabytes} Mo.");
        }
        using var buffer = new MemoryStream((int)upload.Length);
        await upload.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var type = DetectType(content);
        if (type is null)
        {
            return (null, "Ce type de fichier n'est pas accepté : seuls les documents PDF et les images PNG, JPEG ou WebP le sont.");
        }
        return (new ContentFile { FileName = SafeName(upload.FileName, type), ContentType = type, Length = content.Length, Content = content, CreatedAt = now }, null);
    }
}

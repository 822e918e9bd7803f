using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Net.Http.Headers;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;

namespace SemaineIndustrie.Features.Content;

/// Serves an attached file with the type detected at upload. PDFs download as attachments under
/// their generated name; nothing is sniffed into another type. Files of drafts exist for administrators only.
public static class ContentFileEndpoint
{
    public static async Task<Results<FileContentHttpResult, NotFound>> GetAsync(int id, string name, HttpContext context, ClaimsPrincipal user,
        AppDbContext db, CancellationToken ct)
    {
        var file = await db.ContentFiles.AsNoTracking()
            .Where(f => f.Id == id && f.FileName == name)
            .Select(f => new
            {
                f.FileName, f.ContentType, f.Content,
                Published = db.ContentItems.Any(c => c.Id == f.ContentItemId && c.Status == ContentStatus.Published),
            })
            .FirstOrDefaultAsync(ct);
        if (file is null || (!file.Published && !user.IsInRole(Roles.Administrator)))
        {
            return TypedResults.NotFound();
        }
        var headers = context.Response.Headers;
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        // A file never changes under its id: a new upload gets a new one.
        headers.CacheControl = file.Published ? "public, max-age=86400" : "private, no-store";
        var pdf = file.ContentType == "application/pdf";
        if (!pdf)
        {
            headers[HeaderNames.ContentDisposition] = "inline";
        }
        return TypedResults.File(file.Content, file.ContentType, pdf ? file.FileName : null);
    }
}

using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Content;

public sealed record ContactView(int Id, string Organisation, string? Name, string? Role, string? Phone, string? Email, string? Website, string? RegionCode)
{
    public string PhoneLink => new(Phone?.Where(c => char.IsDigit(c) || c == '+').ToArray());
}

public static class ContactQueries
{
    /// Press contacts of one region, or the national ones when <paramref name="regionCode"/> is null.
    public static Task<List<ContactView>> ContactsAsync(this AppDbContext db, ContactScope scope, string? regionCode, CancellationToken ct) =>
        db.Contacts.AsNoTracking().Where(c => c.Scope == scope && c.RegionCode == regionCode)
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new ContactView(c.Id, c.Organisation, c.Name, c.Role, c.Phone, c.Email, c.Website, c.RegionCode))
            .ToListAsync(ct);
}

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
            .OrderBy(c => c.SortOrder).ThenBy(c => c.Id).Views().ToListAsync(ct);

    public static IQueryable<ContactView> Views(this IQueryable<Contact> contacts) =>
        contacts.Select(c => new ContactView(c.Id, c.Organisation, c.Name, c.Role, c.Phone, c.Email, c.Website, c.RegionCode));

    /// The audiences and sectors of the reference lists, in their order, for the resources' filters and form.
    public static async Task<(List<Events.Term> Audiences, List<Events.Term> Sectors)> AudiencesAndSectorsAsync(this AppDbContext db, CancellationToken ct)
    {
        var terms = await db.Terms.AsNoTracking().Where(t => t.Kind == Events.TermKind.Audience || t.Kind == Events.TermKind.Sector)
            .OrderBy(t => t.Position).ToListAsync(ct);
        return (terms.Where(t => t.Kind == Events.TermKind.Audience).ToList(), terms.Where(t => t.Kind == Events.TermKind.Sector).ToList());
    }
}

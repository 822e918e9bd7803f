using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Content.Manage;

/// Every press and regional contact, national ones first, then by region.
public sealed class ContactsModel(AppDbContext db, FrenchGeography geography) : PageModel
{
    public IReadOnlyList<(ContactScope Scope, ContactView Contact)> Contacts { get; private set; } = [];

    public string RegionName(string? code) => geography.Region(code)?.Name ?? "National";

    public async Task OnGetAsync(CancellationToken ct)
    {
        var contacts = await db.Contacts.AsNoTracking().OrderBy(c => c.Scope).ThenBy(c => c.RegionCode).ThenBy(c => c.SortOrder).ThenBy(c => c.Id)
            .Select(c => new { c.Scope, View = new ContactView(c.Id, c.Organisation, c.Name, c.Role, c.Phone, c.Email, c.Website, c.RegionCode) })
            .ToListAsync(ct);
        Contacts = contacts.Select(c => (c.Scope, c.View)).ToList();
    }
}

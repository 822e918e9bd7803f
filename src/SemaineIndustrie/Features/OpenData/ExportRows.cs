using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.OpenData;

public sealed record ExportEvent(int Id, string Slug, string Title, string Summary, string Organisation, PublicStatus Status,
    string? AddressLine, string? OnlineUrl, RegistrationMode Registration, DateTime? LabelledAt, DateTime UpdatedAt,
    IReadOnlyList<ExportSession> Sessions);

public sealed record ExportSession(int Id, DateTime StartsAt, DateTime EndsAt);

/// What the index does not keep and the files need (session ids, address, labelling and update
/// dates), read from the database for the selected events, which stay the labelled ones only.
public static class ExportRows
{
    private const int Batch = 500;

    public static async Task<IReadOnlyList<ExportEvent>> LoadAsync(AppDbContext db, IReadOnlyList<int> ids, CancellationToken ct)
    {
        var found = new Dictionary<int, ExportEvent>(ids.Count);
        foreach (var chunk in ids.Chunk(Batch))
        {
            var rows = await db.Events.AsNoTracking().Labelled().Where(e => chunk.Contains(e.Id))
                .Select(e => new ExportEvent(e.Id, e.Slug, e.Title, e.Summary, e.Organisation!.Name, e.PublicStatus,
                    e.Format == EventFormat.Online ? null : e.Place.AddressLine, e.Format == EventFormat.OnSite ? null : e.OnlineUrl,
                    e.RegistrationMode, e.LabelledAt, e.UpdatedAt,
                    e.Sessions.OrderBy(s => s.StartsAt).ThenBy(s => s.Id).Select(s => new ExportSession(s.Id, s.StartsAt, s.EndsAt)).ToList()))
                .ToListAsync(ct);
            foreach (var row in rows)
            {
                found[row.Id] = row;
            }
        }
        return ids.Where(found.ContainsKey).Select(id => found[id]).ToList();
    }

    /// The latest labelled of the selected events, most recent first.
    public static async Task<IReadOnlyList<ExportEvent>> LatestAsync(AppDbContext db, int editionId, IReadOnlySet<int> selected, int count, CancellationToken ct)
    {
        var latest = new List<int>(count);
        await foreach (var id in db.Events.AsNoTracking().Labelled().Where(e => e.EditionId == editionId)
                           .OrderByDescending(e => e.LabelledAt).ThenByDescending(e => e.Id).Select(e => e.Id).AsAsyncEnumerable().WithCancellation(ct))
        {
            if (selected.Contains(id))
            {
                latest.Add(id);
            }
            if (latest.Count == count)
            {
                break;
            }
        }
        return await LoadAsync(db, latest, ct);
    }
}

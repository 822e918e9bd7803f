using System.Security.Claims;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Import;

/// Turns the analysed rows into submitted requests of the organisation. Rows are written in batches,
/// each in one transaction; if a batch fails, its rows are retried one by one, each in its own
/// transaction, so a row is always wholly imported (event, sessions, lists, request, history) or not at all.
public sealed class EventImport(AppDbContext db, FrenchGeography geography, TimeProvider clock)
{
    private const int BatchSize = 250;

    public async Task<ImportOutcome> ImportAsync(ImportBatch batch, ImportAnalysisResult analysis, IReadOnlySet<int> confirmedDuplicates,
        Edition edition, string organisationName, ClaimsPrincipal user, CancellationToken ct)
    {
        var outcomes = new List<ImportRowOutcome>();
        var wanted = new List<AnalysedRow>();
        foreach (var row in analysis.Rows)
        {
            if (row.Verdict == RowVerdict.Valid || (row.Verdict == RowVerdict.Duplicate && confirmedDuplicates.Contains(row.Line)))
            {
                wanted.Add(row);
            }
            else
            {
                outcomes.Add(new ImportRowOutcome(row.Line, row.Title, false, null,
                    row.Verdict == RowVerdict.Duplicate ? [.. row.Messages, "Non importée : doublon non confirmé."] : row.Messages));
            }
        }
        foreach (var chunk in wanted.Chunk(BatchSize))
        {
            try
            {
                outcomes.AddRange(await WriteAsync(chunk, batch, edition, organisationName, user, ct));
            }
            catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
            {
                db.ChangeTracker.Clear();
                foreach (var row in chunk)
                {
                    try
                    {
                        outcomes.AddRange(await WriteAsync([row], batch, edition, organisationName, user, ct));
                    }
                    catch (Exception rowError) when (rowError is Microsoft.EntityFrameworkCore.DbUpdateException or InvalidOperationException)
                    {
                        db.ChangeTracker.Clear();
                        outcomes.Add(new ImportRowOutcome(row.Line, row.Title, false, null, ["L'enregistrement a échoué ; la ligne n'a pas été importée. Réessayez plus tard."]));
                    }
                }
            }
        }
        var ordered = outcomes.OrderBy(o => o.Line).ToList();
        return new ImportOutcome(ordered.Count(o => o.Imported), ordered.Count(o => !o.Imported), ordered);
    }

    private async Task<List<ImportRowOutcome>> WriteAsync(IReadOnlyList<AnalysedRow> rows, ImportBatch batch, Edition edition, string organisationName,
        ClaimsPrincipal user, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var events = rows.Select(r => r.Event!.ToNewEvent(edition.Id, batch.OrganisationId, EventStatus.Submitted, organisationName, now)).ToList();
        db.Events.AddRange(events);
        await db.SaveChangesAsync(ct);
        foreach (var (row, e) in rows.Zip(events))
        {
            var request = LabelRequest.Pending(e, LabelRequestKind.Initial, edition, now, user.UserId(), geography);
            request.ChecksJson = LabellingChecks.ToJson(LabellingChecks.Run(e, edition, now, geography));
            db.LabelRequests.Add(request);
            db.EventHistory.Add(EventHistoryEntry.Of(e.Id, user, now, "submitted",
                $"Demande de label déposée par import du fichier « {batch.FileName} » (ligne {row.Line})."));
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        db.ChangeTracker.Clear();
        return rows.Zip(events).Select(p => new ImportRowOutcome(p.First.Line, p.First.Title, true, p.Second.Id, [])).ToList();
    }
}

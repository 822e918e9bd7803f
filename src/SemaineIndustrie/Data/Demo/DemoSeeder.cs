using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Data.Demo;

/// Writes the editions and a generated programme into an empty database in one transaction, with
/// prepared plain inserts: 150,000 events go in far faster than through change tracking.
public static class DemoSeeder
{
    public static async Task<int> SeedAsync(AppDbContext db, Features.Geography.FrenchGeography geography, DemoOptions options, CancellationToken ct)
    {
        var editions = DemoEditions.All();
        db.Editions.AddRange(editions);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var terms = await db.Terms.AsNoTracking().ToListAsync(ct);
        var catalogue = new DemoCatalogue(geography, terms, options);
        var current = editions.MaxBy(e => e.Year)!;
        foreach (var edition in editions.OrderBy(e => e.Year))
        {
            var count = options.EventsPerEdition
                ?? (edition == current ? options.CurrentEditionEvents : (int)Math.Round((edition.ReportedLabelledEvents ?? 1500) * options.PastEditionShare));
            catalogue.AddEdition(edition, count, withPendingRequests: edition == current, options.PendingRequests);
        }
        var committee = DemoCommittee.Review(catalogue.Events, current, geography, options.Seed);

        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var connection = db.Database.GetDbConnection();
            await using var transaction = await connection.BeginTransactionAsync(ct);
            await InsertAsync(connection, transaction, "organisations", ["id", "name", "kind", "siret", "website", "commune_code", "created_at"],
                catalogue.Organisations.Select(o => new object?[] { o.Id, o.Name, o.Kind.ToString(), o.Siret, o.Website, o.CommuneCode, o.CreatedAt }), ct);
            await InsertAsync(connection, transaction, "events",
                ["id", "edition_id", "organisation_id", "status", "public_status", "title", "slug", "summary", "description", "type_code", "sector_code",
                 "format", "accessibility", "address_line", "postal_code", "commune_code", "commune_name", "department_code", "region_code",
                 "latitude", "longitude", "access_info", "online_url", "registration_mode", "registration_url", "contact_name", "contact_email",
                 "contact_phone", "search_text", "first_starts_at", "last_ends_at", "created_at", "updated_at", "labelled_at", "declared_free", "purpose_declared"],
                catalogue.Events.Select(e => new object?[]
                {
                    e.Id, e.EditionId, e.OrganisationId, e.Status.ToString(), e.PublicStatus.ToString(), e.Title, e.Slug, e.Summary, e.Description,
                    e.TypeCode, e.SectorCode, e.Format.ToString(), (int)e.Accessibility, e.Place.AddressLine, e.Place.PostalCode, e.Place.CommuneCode,
                    e.Place.CommuneName, e.Place.DepartmentCode, e.Place.RegionCode, e.Place.Latitude, e.Place.Longitude, e.Place.AccessInfo,
                    e.OnlineUrl, e.RegistrationMode.ToString(), e.RegistrationUrl, e.ContactName, e.ContactEmail, e.ContactPhone, e.SearchText,
                    e.FirstStartsAt, e.LastEndsAt, e.CreatedAt, e.UpdatedAt, e.LabelledAt, e.Status != EventStatus.Draft, e.Status != EventStatus.Draft,
                }), ct);
            await InsertAsync(connection, transaction, "sessions", ["id", "event_id", "starts_at", "ends_at", "capacity"],
                catalogue.Events.SelectMany(e => e.Sessions).Select(s => new object?[] { s.Id, s.EventId, s.StartsAt, s.EndsAt, s.Capacity }), ct);
            await InsertAsync(connection, transaction, "event_terms", ["event_id", "kind", "code"],
                catalogue.Events.SelectMany(e => e.Terms).Select(t => new object?[] { t.EventId, t.Kind.ToString(), t.Code }), ct);
            await committee.InsertAsync(connection, transaction, ct);
            if (db.Database.IsNpgsql())
            {
                foreach (var table in new[] { "organisations", "events", "sessions" })
                {
                    await ExecuteAsync(connection, transaction, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))", ct);
                }
            }
            await ExecuteAsync(connection, transaction, "UPDATE catalogue_version SET version = version + 1 WHERE id = 1", ct);
            await transaction.CommitAsync(ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
        return catalogue.Events.Count;
    }

    /// On PostgreSQL, about a thousand values per statement, prepared once: one round trip per batch
    /// instead of one per row is most of the seeding time. SQLite runs in the process, so there is no
    /// round trip to save, and it binds parameters by name, so one row per statement stays fastest.
    internal static async Task InsertAsync(DbConnection connection, DbTransaction transaction, string table, string[] columns,
        IEnumerable<object?[]> rows, CancellationToken ct)
    {
        var batchSize = connection is Microsoft.Data.Sqlite.SqliteConnection ? 1 : Math.Max(1, 1000 / columns.Length);
        await using var full = Command(connection, transaction, table, columns, batchSize);
        var prepared = false;
        foreach (var batch in rows.Chunk(batchSize))
        {
            if (batch.Length == batchSize)
            {
                await ExecuteAsync(full, batch, prepare: !prepared, ct);
                prepared = true;
            }
            else
            {
                await using var last = Command(connection, transaction, table, columns, batch.Length);
                await ExecuteAsync(last, batch, prepare: false, ct);
            }
        }
    }

    private static DbCommand Command(DbConnection connection, DbTransaction transaction, string table, string[] columns, int rows)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        var values = Enumerable.Range(0, rows).Select(r => $"({string.Join(", ", columns.Select((_, c) => $"@p{(r * columns.Length) + c}"))})");
        command.CommandText = $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {string.Join(", ", values)}";
        for (var i = 0; i < rows * columns.Length; i++)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p" + i;
            command.Parameters.Add(parameter);
        }
        return command;
    }

    private static async Task ExecuteAsync(DbCommand command, object?[][] batch, bool prepare, CancellationToken ct)
    {
        var i = 0;
        foreach (var row in batch)
        {
            foreach (var value in row)
            {
                command.Parameters[i++].Value = value ?? DBNull.Value;
            }
        }
        if (prepare)
        {
            await command.PrepareAsync(ct);
        }
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(DbConnection connection, DbTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(ct);
    }
}

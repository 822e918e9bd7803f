using Microsoft.EntityFrameworkCore;
using Npgsql;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Registrations;

/// On PostgreSQL a registration is one statement: the conditional seat update and the insert, in a
/// CTE, committed at once. The session's row is locked for that statement only, which is what lets
/// hundreds of people per second register for the same session. Same rules as <see cref="Seats"/>.
public static class PostgresRegistration
{
    private const string Sql = """
        WITH taken AS (
            UPDATE sessions SET seats_taken = seats_taken + @participants
            WHERE id = @session AND NOT registration_closed AND capacity IS NOT NULL AND seats_taken + @participants <= capacity
            RETURNING id)
        INSERT INTO registrations (session_id, event_id, kind, status, participants, name, email, email_key, phone, establishment, class_level,
            added_by_organiser, created_at, updated_at)
        VALUES (@session, @event, @kind, CASE WHEN EXISTS (SELECT 1 FROM taken) THEN 'Confirmed' ELSE 'Waitlisted' END, @participants, @name, @email,
            @email_key, @phone, @establishment, @class_level, @by_organiser, @now, @now)
        RETURNING id, status
        """;

    /// Writes the registration and returns its id and status; null when the e-mail already holds a
    /// live registration for the session.
    public static async Task<(int Id, RegistrationStatus Status)?> InsertAsync(AppDbContext db, Registration r, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = new NpgsqlCommand(Sql, (NpgsqlConnection)db.Database.GetDbConnection());
            command.Parameters.AddWithValue("participants", r.Participants);
            command.Parameters.AddWithValue("session", r.SessionId);
            command.Parameters.AddWithValue("event", r.EventId);
            command.Parameters.AddWithValue("kind", r.Kind.ToString());
            command.Parameters.AddWithValue("name", (object?)r.Name ?? DBNull.Value);
            command.Parameters.AddWithValue("email", (object?)r.Email ?? DBNull.Value);
            command.Parameters.AddWithValue("email_key", (object?)r.EmailKey ?? DBNull.Value);
            command.Parameters.AddWithValue("phone", (object?)r.Phone ?? DBNull.Value);
            command.Parameters.AddWithValue("establishment", (object?)r.Establishment ?? DBNull.Value);
            command.Parameters.AddWithValue("class_level", (object?)r.ClassLevel ?? DBNull.Value);
            command.Parameters.AddWithValue("by_organiser", r.AddedByOrganiser);
            command.Parameters.AddWithValue("now", r.CreatedAt);
            await using var reader = await command.ExecuteReaderAsync(ct);
            await reader.ReadAsync(ct);
            return (reader.GetInt32(0), Enum.Parse<RegistrationStatus>(reader.GetString(1)));
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            return null;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events;

namespace SemaineIndustrie.Features.Registrations;

public enum RegisterOutcome { Confirmed, Waitlisted, AlreadyRegistered, Invalid }

public sealed record RegisterResult(RegisterOutcome Outcome, int? RegistrationId = null, string? Field = null, string? Problem = null);

/// Registering, changing and cancelling: every seat movement and the waiting list's promotion
/// happen in one transaction with the registration itself, so a request that fails half-way (or a
/// process that dies) leaves the counts as they were. E-mails leave after the commit.
public sealed class RegistrationDesk(AppDbContext db, RegistrationMailQueue mails, TimeProvider clock)
{
    public const int DefaultMaxGroupSize = 40;

    public async Task<RegisterResult> RegisterAsync(int eventId, RegistrationInput input, bool byOrganiser, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var target = await db.Sessions.AsNoTracking().Where(s => s.Id == input.SessionId && s.EventId == eventId)
            .Join(db.Events, s => s.EventId, e => e.Id, (s, e) => new { Session = s, e.Status, e.PublicStatus, e.RegistrationMode, e.MaxGroupSize })
            .FirstOrDefaultAsync(ct);
        var problem = target switch
        {
            null => "Ce créneau n'appartient pas à cet événement.",
            { Status: not EventStatus.Labelled } or { RegistrationMode: not RegistrationMode.Platform } => "Cet événement ne prend pas d'inscriptions sur la plateforme.",
            { PublicStatus: PublicStatus.Cancelled } => "Cet événement est annulé : les inscriptions sont fermées.",
            { PublicStatus: PublicStatus.Postponed } => "Cet événement est reporté : les inscriptions rouvriront avec ses nouvelles dates.",
            { Session.Capacity: null } => "Ce créneau ne prend pas d'inscriptions.",
            _ when target.Session.StartsAt <= now => "Ce créneau est passé : on ne peut plus s'y inscrire.",
            _ when target.Session.RegistrationClosed && !byOrganiser => "Les inscriptions à ce créneau sont closes.",
            _ => null,
        };
        if (problem is not null)
        {
            return new(RegisterOutcome.Invalid, Field: "Input.SessionId", Problem: problem);
        }
        var maxGroup = target!.MaxGroupSize ?? DefaultMaxGroupSize;
        var participants = input.Kind == RegistrationKind.Group ? input.Participants ?? 0 : 1;
        if (input.Kind == RegistrationKind.Group && (participants < 1 || participants > maxGroup))
        {
            return new(RegisterOutcome.Invalid, Field: "Input.Participants", Problem: $"Un groupe compte de 1 à {maxGroup} participants pour cet événement.");
        }
        var registration = new Registration
        {
            SessionId = input.SessionId,
            EventId = eventId,
            Kind = input.Kind,
            Participants = participants,
            Name = input.Name.Trim(),
            Email = input.Email.Trim(),
            EmailKey = input.Email.Trim().ToLowerInvariant(),
            Phone = string.IsNullOrWhiteSpace(input.Phone) ? null : input.Phone.Trim(),
            Establishment = input.Kind == RegistrationKind.Group ? input.Establishment?.Trim() : null,
            ClassLevel = input.Kind == RegistrationKind.Group ? input.ClassLevel?.Trim() : null,
            AddedByOrganiser = byOrganiser,
            CreatedAt = now,
            UpdatedAt = now,
        };
        if (!await WriteAsync(registration, ct))
        {
            return new(RegisterOutcome.AlreadyRegistered, Field: "Input.Email",
                Problem: "Cette adresse est déjà inscrite à ce créneau. Le courriel de confirmation contient le lien pour modifier ou annuler.");
        }
        mails.Registered(registration.Id);
        return new(registration.Status == RegistrationStatus.Confirmed ? RegisterOutcome.Confirmed : RegisterOutcome.Waitlisted, registration.Id);
    }

    /// Takes the seats (or a place on the waiting list) and writes the registration, atomically;
    /// false when the e-mail already holds a live registration for the session.
    private async Task<bool> WriteAsync(Registration registration, CancellationToken ct)
    {
        if (db.Database.IsNpgsql())
        {
            var written = await PostgresRegistration.InsertAsync(db, registration, ct);
            (registration.Id, registration.Status) = written ?? default;
            return written is not null;
        }
        // SQLite has one writer at a time: the transaction holds the database for these two statements.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        registration.Status = await Seats.TryTakeAsync(db, registration.SessionId, registration.Participants, ct)
            ? RegistrationStatus.Confirmed : RegistrationStatus.Waitlisted;
        db.Registrations.Add(registration);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The seats taken above go back with the rollback; only then can the database be asked why.
            await transaction.RollbackAsync(ct);
            db.ChangeTracker.Clear();
            if (await db.Registrations.AnyAsync(r => r.SessionId == registration.SessionId && r.EmailKey == registration.EmailKey
                && r.Status != RegistrationStatus.Cancelled, ct))
            {
                return false;
            }
            throw;
        }
        await transaction.CommitAsync(ct);
        return true;
    }

    /// Cancels a registration and hands its seats to the waiting list. Returns false when it was already cancelled.
    public async Task<bool> CancelAsync(int registrationId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        IReadOnlyList<int> promoted;
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            var registration = await db.Registrations.AsNoTracking().FirstOrDefaultAsync(r => r.Id == registrationId, ct);
            if (registration is null || registration.Status == RegistrationStatus.Cancelled)
            {
                return false;
            }
            var moved = await db.Registrations.Where(r => r.Id == registrationId && r.Status == registration.Status)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Status, RegistrationStatus.Cancelled).SetProperty(r => r.UpdatedAt, now), ct);
            if (moved == 0)
            {
                return false;
            }
            if (registration.Status == RegistrationStatus.Confirmed)
            {
                await Seats.ReleaseAsync(db, registration.SessionId, registration.Participants, ct);
            }
            promoted = await Seats.PromoteAsync(db, registration.SessionId, now, ct);
            await transaction.CommitAsync(ct);
        }
        mails.Promoted(promoted);
        return true;
    }

    /// A teacher changes the size of their group: more seats only if they are free, fewer give seats
    /// back to the waiting list.
    public async Task<string?> ChangeGroupSizeAsync(int registrationId, int participants, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var registration = await db.Registrations.AsNoTracking().Include(r => r.Session).FirstOrDefaultAsync(r => r.Id == registrationId, ct);
        if (registration is null || registration.Status == RegistrationStatus.Cancelled || registration.Kind != RegistrationKind.Group)
        {
            return "Cette inscription ne peut plus être modifiée.";
        }
        var maxGroup = await db.Events.Where(e => e.Id == registration.EventId).Select(e => e.MaxGroupSize).FirstAsync(ct) ?? DefaultMaxGroupSize;
        if (participants < 1 || participants > maxGroup)
        {
            return $"Un groupe compte de 1 à {maxGroup} participants pour cet événement.";
        }
        if (registration.Session!.StartsAt <= now)
        {
            return "Ce créneau est passé : l'inscription ne peut plus être modifiée.";
        }
        var delta = participants - registration.Participants;
        IReadOnlyList<int> promoted = [];
        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            if (registration.Status == RegistrationStatus.Confirmed && delta > 0 && !await Seats.TryTakeAsync(db, registration.SessionId, delta, ct))
            {
                return "Il n'y a plus assez de places libres pour agrandir le groupe. Annulez et réinscrivez-vous pour rejoindre la liste d'attente.";
            }
            await db.Registrations.Where(r => r.Id == registrationId)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.Participants, participants).SetProperty(r => r.UpdatedAt, now), ct);
            if (registration.Status == RegistrationStatus.Confirmed && delta < 0)
            {
                await Seats.ReleaseAsync(db, registration.SessionId, -delta, ct);
                promoted = await Seats.PromoteAsync(db, registration.SessionId, now, ct);
            }
            await transaction.CommitAsync(ct);
        }
        mails.Promoted(promoted);
        return null;
    }

    /// The registrant erases their personal data: the registration is cancelled and emptied.
    public async Task EraseAsync(int registrationId, CancellationToken ct)
    {
        await CancelAsync(registrationId, ct);
        await Anonymise(db.Registrations.Where(r => r.Id == registrationId), clock.GetUtcNow().UtcDateTime, ct);
    }

    public static Task<int> Anonymise(IQueryable<Registration> registrations, DateTime now, CancellationToken ct) =>
        registrations.Where(r => r.AnonymisedAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(r => r.Name, (string?)null)
            .SetProperty(r => r.Email, (string?)null)
            .SetProperty(r => r.EmailKey, (string?)null)
            .SetProperty(r => r.Phone, (string?)null)
            .SetProperty(r => r.Establishment, (string?)null)
            .SetProperty(r => r.AnonymisedAt, now), ct);
}

using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Accounts;
using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Organisations;

namespace SemaineIndustrie.Features.Events.Manage;

/// Creates a draft or edits an event. Drafts and requests sent back for changes are saved as they
/// are; a labelled event publishes harmless edits at once and sends eligibility changes to review.
[RequestSizeLimit(EventImage.MaxBytes + 512 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = EventImage.MaxBytes + 512 * 1024)]
public sealed class EditModel(AppDbContext db, EventForm form, LabelledEventChanges labelledChanges, FrenchGeography geography, TimeProvider clock)
    : PageModel
{
    [BindProperty]
    public EventInput Input { get; set; } = new();

    [BindProperty]
    public IFormFile? Image { get; set; }

    public int? EventId { get; private set; }
    public EventStatus? Status { get; private set; }
    public IReadOnlyList<Term> Terms { get; private set; } = [];
    public bool HasImage { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        if (User.OrganisationId() is null)
        {
            return Redirect("/organisateur/structure");
        }
        await LoadTermsAsync(ct);
        if (id is null)
        {
            Input = new EventInput { Sessions = [new SessionInput()] };
            return Page();
        }
        var e = await db.Events.OwnedBy(User).Include(x => x.Sessions).Include(x => x.Terms).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (e is null)
        {
            return NotFound();
        }
        (EventId, Status) = (e.Id, e.Status);
        HasImage = await db.EventImages.AnyAsync(i => i.EventId == e.Id, ct);
        var pending = await db.LabelRequests.AsNoTracking()
            .Where(r => r.EventId == e.Id && r.Kind == LabelRequestKind.Revision && r.Status == LabelRequestStatus.Pending)
            .Select(r => r.ProposedJson).FirstOrDefaultAsync(ct);
        Input = EventInput.From(pending is null ? EventSnapshot.From(e) : EventSnapshot.FromJson(pending), geography);
        Input.Sessions.Add(new SessionInput());
        return Page();
    }

    public async Task<IActionResult> OnPostAddSessionAsync(int? id, CancellationToken ct)
    {
        Input.Sessions.Add(new SessionInput());
        return await RedisplayAsync(id, ct);
    }

    public async Task<IActionResult> OnPostRemoveSessionAsync(int? id, int index, CancellationToken ct)
    {
        if (index >= 0 && index < Input.Sessions.Count)
        {
            Input.Sessions.RemoveAt(index);
        }
        ModelState.Clear();
        return await RedisplayAsync(id, ct);
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        if (User.OrganisationId() is not { } organisationId)
        {
            return Redirect("/organisateur/structure");
        }
        var e = id is null ? null
            : await db.Events.OwnedBy(User).Include(x => x.Sessions).Include(x => x.Terms).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (id is not null && e is null)
        {
            return NotFound();
        }
        var (image, imageType) = await ReadImageAsync(ct);
        var organisation = await db.Organisations.AsNoTracking().SingleAsync(o => o.Id == organisationId, ct);
        var terms = await db.Terms.AsNoTracking().ToListAsync(ct);
        if (e?.Status == EventStatus.Submitted)
        {
            ModelState.AddModelError("", "La demande est en cours d'examen par le comité : vous pourrez modifier l'événement après sa décision.");
            return await RedisplayAsync(id, ct);
        }
        var snapshot = ModelState.IsValid ? await form.ReadAsync(Input, organisation, terms, ModelState, ct) : null;
        if (snapshot is null)
        {
            return await RedisplayAsync(id, ct);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        string notice;
        if (e is null)
        {
            var edition = await db.CurrentAsync(ct) ?? throw new InvalidOperationException("No edition");
            e = snapshot.ToNewEvent(edition.Id, organisationId, EventStatus.Draft, organisation.Name, now);
            db.Events.Add(e);
            await db.SaveChangesAsync(ct);
            db.EventHistory.Add(EventHistoryEntry.Of(e.Id, User, now, "created", "Brouillon créé."));
            notice = "cree";
        }
        else if (e.Status == EventStatus.Labelled)
        {
            var outcome = await labelledChanges.SaveAsync(e, snapshot, organisation.Name, User, ModelState, ct);
            if (outcome is null)
            {
                return await RedisplayAsync(id, ct);
            }
            notice = outcome;
        }
        else
        {
            var changes = EventSnapshot.From(e).Diff(snapshot);
            snapshot.ApplyTo(e, organisation.Name, now);
            if (changes.Count > 0)
            {
                db.EventHistory.Add(EventHistoryEntry.Of(e.Id, User, now, "updated", "Événement modifié.", changes));
            }
            notice = "enregistre";
        }
        if (image is not null)
        {
            await db.EventImages.Where(i => i.EventId == e.Id).ExecuteDeleteAsync(ct);
            db.EventImages.Add(new EventImage { EventId = e.Id, ContentType = imageType!, Content = image, UpdatedAt = now });
        }
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return RedirectToPage("Details", new { id = e.Id, avis = notice });
    }

    private async Task<(byte[]? Content, string? Type)> ReadImageAsync(CancellationToken ct)
    {
        if (Image is null || Image.Length == 0)
        {
            return (null, null);
        }
        if (Image.Length > EventImage.MaxBytes)
        {
            ModelState.AddModelError(nameof(Image), "L'image dépasse 2 Mo : réduisez-la avant de l'envoyer.");
            return (null, null);
        }
        using var buffer = new MemoryStream();
        await Image.CopyToAsync(buffer, ct);
        var content = buffer.ToArray();
        var type = EventImage.DetectType(content);
        if (type is null)
        {
            ModelState.AddModelError(nameof(Image), "Ce fichier n'est pas une image PNG, JPEG ou WebP.");
            return (null, null);
        }
        return (content, type);
    }

    private async Task<IActionResult> RedisplayAsync(int? id, CancellationToken ct)
    {
        await LoadTermsAsync(ct);
        if (id is { } eventId)
        {
            var e = await db.Events.OwnedBy(User).AsNoTracking().Select(x => new { x.Id, x.Status }).FirstOrDefaultAsync(x => x.Id == eventId, ct);
            if (e is null)
            {
                return NotFound();
            }
            (EventId, Status) = (e.Id, e.Status);
            HasImage = await db.EventImages.AnyAsync(i => i.EventId == eventId, ct);
        }
        return Page();
    }

    private async Task LoadTermsAsync(CancellationToken ct) =>
        Terms = await db.Terms.AsNoTracking().OrderBy(t => t.Kind).ThenBy(t => t.Position).ToListAsync(ct);
}

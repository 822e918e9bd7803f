using Microsoft.AspNetCore.Mvc.ModelBinding;
using SemaineIndustrie.Features.Geocoding;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Organisations;

namespace SemaineIndustrie.Features.Events.Manage;

/// Turns the posted form into the event it describes, adding a French error next to each field
/// that cannot be saved. The place is resolved against the official geography and placed on the
/// map by the API Adresse (or the commune's centre) when the organiser has not set the pin.
public sealed class EventForm(FrenchGeography geography, AddressLookup addresses)
{
    public async Task<EventSnapshot?> ReadAsync(EventInput input, Organisation organisation, IReadOnlyList<Term> terms, ModelStateDictionary errors,
        CancellationToken ct)
    {
        CheckTerms(input, terms, errors);
        var place = await PlaceAsync(input, organisation, errors, ct);
        var sessions = place is null ? [] : Sessions(input, place.RegionCode, errors);
        if (input.RegistrationMode == RegistrationMode.External && string.IsNullOrWhiteSpace(input.RegistrationUrl))
        {
            errors.AddModelError("Input.RegistrationUrl", "Indiquez le lien d'inscription externe.");
        }
        if (!errors.IsValid || place is null)
        {
            return null;
        }
        return new EventSnapshot
        {
            Title = input.Title.Trim(),
            Summary = input.Summary?.Trim() ?? "",
            Description = input.Description?.Trim() ?? "",
            TypeCode = input.TypeCode ?? "",
            SectorCode = string.IsNullOrEmpty(input.SectorCode) ? null : input.SectorCode,
            Format = input.Format,
            Accessibility = input.Accessibility.Aggregate(Accessibility.None, (all, a) => all | a),
            Place = place,
            OnlineUrl = input.Format == EventFormat.OnSite ? null : input.OnlineUrl?.Trim(),
            DeclaredFree = input.DeclaredFree,
            PurposeDeclared = input.PurposeDeclared,
            RegistrationMode = input.RegistrationMode,
            RegistrationUrl = input.RegistrationMode == RegistrationMode.External ? input.RegistrationUrl?.Trim() : null,
            MaxGroupSize = input.RegistrationMode == RegistrationMode.Platform ? input.MaxGroupSize : null,
            ContactName = input.ContactName?.Trim(),
            ContactEmail = input.ContactEmail?.Trim(),
            ContactPhone = input.ContactPhone?.Trim(),
            Sessions = sessions,
            Audiences = input.Audiences.Distinct().Order(StringComparer.Ordinal).ToList(),
            Themes = input.Themes.Distinct().Order(StringComparer.Ordinal).ToList(),
        };
    }

    private static void CheckTerms(EventInput input, IReadOnlyList<Term> terms, ModelStateDictionary errors)
    {
        bool Known(TermKind kind, string? code) => code is null or "" || terms.Any(t => t.Kind == kind && t.Code == code);
        if (!Known(TermKind.Type, input.TypeCode))
        {
            errors.AddModelError("Input.TypeCode", "Choisissez un type d'événement de la liste.");
        }
        if (!Known(TermKind.Sector, input.SectorCode))
        {
            errors.AddModelError("Input.SectorCode", "Choisissez une filière de la liste.");
        }
        if (!input.Audiences.All(a => Known(TermKind.Audience, a)))
        {
            errors.AddModelError("Input.Audiences", "Choisissez les publics dans la liste.");
        }
        if (!input.Themes.All(t => Known(TermKind.Theme, t)))
        {
            errors.AddModelError("Input.Themes", "Choisissez les thématiques dans la liste.");
        }
    }

    private async Task<PlaceSnapshot?> PlaceAsync(EventInput input, Organisation organisation, ModelStateDictionary errors, CancellationToken ct)
    {
        var onSite = input.Format != EventFormat.Online;
        var commune = geography.FindCommune(input.PostalCode, input.City);
        if (commune is null && !string.IsNullOrWhiteSpace(input.PostalCode + input.City))
        {
            errors.AddModelError("Input.City", "Cette commune ne correspond pas au code postal : vérifiez l'un et l'autre.");
            return null;
        }
        if (commune is null)
        {
            // Online events (and drafts without a place yet) belong to the organiser's commune.
            commune = geography.Commune(organisation.CommuneCode);
            if (commune is null)
            {
                errors.AddModelError("Input.City", onSite
                    ? "Indiquez le code postal et la commune du lieu."
                    : "Indiquez la commune de l'organisateur (elle rattache l'événement en ligne à une région).");
                return null;
            }
            return new PlaceSnapshot(null, null, null, null, commune.DepartmentCode, commune.RegionCode, null, null, null);
        }
        double? latitude = input.Latitude, longitude = input.Longitude;
        if (onSite && (latitude is null || longitude is null))
        {
            var located = await addresses.LocateAsync(input.AddressLine, input.PostalCode, commune.Code, ct);
            (latitude, longitude) = (located?.Latitude ?? commune.Latitude, located?.Longitude ?? commune.Longitude);
        }
        return new PlaceSnapshot(onSite ? input.AddressLine?.Trim() : null, input.PostalCode ?? (commune.PostalCodes.Count > 0 ? commune.PostalCodes[0] : null),
            commune.Code, commune.Name, commune.DepartmentCode, commune.RegionCode, onSite ? latitude : null, onSite ? longitude : null,
            onSite ? input.AccessInfo?.Trim() : null);
    }

    private List<SessionSnapshot> Sessions(EventInput input, string regionCode, ModelStateDictionary errors)
    {
        var filled = input.FilledSessions().ToList();
        if (filled.Count > EventInput.MaxSessions)
        {
            errors.AddModelError("Input.Sessions", $"Un événement compte {EventInput.MaxSessions} créneaux au plus ; vous en avez saisi {filled.Count}.");
            return [];
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(regionCode));
        var sessions = new List<SessionSnapshot>();
        foreach (var (session, index) in filled)
        {
            var key = $"Input.Sessions[{index}]";
            if (session.Date is not { } date || session.Start is not { } start || session.End is not { } end)
            {
                errors.AddModelError($"{key}.Date", $"Créneau {index + 1} : indiquez la date, l'heure de début et l'heure de fin.");
                continue;
            }
            if (end <= start)
            {
                errors.AddModelError($"{key}.End", $"Créneau {index + 1} : l'heure de fin doit être après l'heure de début.");
                continue;
            }
            if (input.RegistrationMode == RegistrationMode.Platform && session.Capacity is null)
            {
                errors.AddModelError($"{key}.Capacity", $"Créneau {index + 1} : indiquez le nombre de places (inscription sur la plateforme).");
                continue;
            }
            sessions.Add(new SessionSnapshot(session.Id, TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(start), zone),
                TimeZoneInfo.ConvertTimeToUtc(date.ToDateTime(end), zone), input.RegistrationMode == RegistrationMode.Platform ? session.Capacity : null));
        }
        return sessions;
    }
}

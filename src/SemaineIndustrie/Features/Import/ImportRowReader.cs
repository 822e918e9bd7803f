using System.Globalization;
using System.Net.Mail;
using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Import;

/// One row of the file read into the event it describes, or the French reasons why it cannot be.
public sealed record ImportCandidate(int Line, EventSnapshot? Event, IReadOnlyList<string> Errors)
{
    public bool IsValid => Event is not null && Errors.Count == 0;
}

/// Reads rows against the edition's lists and the official geography. Everything a row needs is
/// checked here, so the import itself only writes rows already known to be whole.
public sealed class ImportRowReader(IReadOnlyList<Term> terms, FrenchGeography geography, IReadOnlyList<string> header)
{
    public const int MaxSessions = 50;
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");
    private readonly Dictionary<string, int> _columns = header.Select((h, i) => (Key: ImportColumns.Key(h), i))
        .GroupBy(c => c.Key).ToDictionary(g => g.Key, g => g.First().i);

    /// Required columns missing from the header: the whole file is refused.
    public IReadOnlyList<string> MissingColumns() =>
        ImportColumns.All.Where(c => c.Required && !_columns.ContainsKey(ImportColumns.Key(c.Name))).Select(c => c.Name).ToList();

    public ImportCandidate Read(CsvRow row)
    {
        var errors = new List<string>();
        string Cell(string name) => _columns.TryGetValue(ImportColumns.Key(name), out var i) && i < row.Fields.Count ? row.Fields[i].Trim() : "";
        string Required(string name, int max)
        {
            var value = Cell(name);
            if (value.Length == 0)
            {
                errors.Add($"« {name} » est obligatoire.");
            }
            else if (value.Length > max)
            {
                errors.Add($"« {name} » dépasse {max} caractères ({value.Length}).");
            }
            return value;
        }

        var title = Required("titre", 150);
        var summary = Required("resume", 300);
        var description = Required("description", 10_000);
        var type = Term(TermKind.Type, Cell("type"), "type", errors, required: true);
        var audiences = Terms(TermKind.Audience, Cell("publics"), "publics", errors);
        if (audiences.Count == 0 && Cell("publics").Length == 0)
        {
            errors.Add("« publics » : indiquez au moins un public cible.");
        }
        var themes = Terms(TermKind.Theme, Cell("thematiques"), "thematiques", errors);
        var sector = Cell("filiere").Length == 0 ? null : Term(TermKind.Sector, Cell("filiere"), "filiere", errors, required: false);
        var format = Format(Cell("format"), errors);
        var place = Place(Cell("adresse"), Cell("code_postal"), Cell("commune"), Cell("latitude"), Cell("longitude"), format, errors);
        var onlineUrl = Url(Cell("lien_en_ligne"), "lien_en_ligne", errors);
        var sessions = place is null ? [] : Sessions(Cell("date"), Cell("heure_debut"), Cell("heure_fin"), Cell("autres_creneaux"), Cell("capacite"), place.RegionCode, errors);
        var (registration, registrationUrl) = Registration(Cell("inscription"), Cell("lien_inscription"), errors);
        var email = Cell("contact_email");
        if (email.Length > 0 && !MailAddress.TryCreate(email, out _))
        {
            errors.Add($"« contact_email » : « {email} » n'est pas une adresse électronique valide.");
        }
        var free = YesNo(Cell("gratuit"), "gratuit", errors);
        var purpose = YesNo(Cell("objet_industrie"), "objet_industrie", errors);
        var accessibility = AccessibilityOf(Cell("accessibilite"), errors);

        if (errors.Count > 0 || place is null || type is null)
        {
            return new ImportCandidate(row.Line, null, errors);
        }
        return new ImportCandidate(row.Line, new EventSnapshot
        {
            Title = title,
            Summary = summary,
            Description = description,
            TypeCode = type,
            SectorCode = sector,
            Format = format,
            Accessibility = accessibility,
            Place = place,
            OnlineUrl = onlineUrl,
            DeclaredFree = free,
            PurposeDeclared = purpose,
            RegistrationMode = registration,
            RegistrationUrl = registrationUrl,
            ContactName = NullIfEmpty(Cell("contact_nom")),
            ContactEmail = NullIfEmpty(email),
            ContactPhone = NullIfEmpty(Cell("contact_telephone")),
            Sessions = sessions,
            Audiences = audiences,
            Themes = themes,
        }, errors);
    }

    private string? Term(TermKind kind, string value, string column, List<string> errors, bool required)
    {
        if (value.Length == 0)
        {
            if (required)
            {
                errors.Add($"« {column} » est obligatoire.");
            }
            return null;
        }
        var key = FrenchText.Fold(value);
        var term = terms.FirstOrDefault(t => t.Kind == kind && (t.Code == value || FrenchText.Fold(t.Label) == key));
        if (term is null)
        {
            errors.Add($"« {column} » : « {value} » n'est pas dans la liste ({string.Join(", ", terms.Where(t => t.Kind == kind).Select(t => t.Label))}).");
        }
        return term?.Code;
    }

    private List<string> Terms(TermKind kind, string value, string column, List<string> errors) =>
        value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(v => Term(kind, v, column, errors, required: false))
            .OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();

    private static EventFormat Format(string value, List<string> errors)
    {
        switch (FrenchText.Fold(value).Trim())
        {
            case "sur place" or "presentiel" or "":
                return EventFormat.OnSite;
            case "en ligne" or "distanciel":
                return EventFormat.Online;
            case "mixte" or "hybride":
                return EventFormat.Mixed;
            default:
                errors.Add($"« format » : « {value} » n'est pas reconnu (sur place, en ligne ou mixte).");
                return EventFormat.OnSite;
        }
    }

    private PlaceSnapshot? Place(string address, string postalCode, string communeText, string latitude, string longitude, EventFormat format,
        List<string> errors)
    {
        var commune = geography.FindCommune(postalCode, communeText);
        if (commune is null)
        {
            errors.Add(communeText.Length == 0 && postalCode.Length == 0
                ? "« commune » et « code_postal » : indiquez la commune (même pour un événement en ligne, elle situe l'organisateur)."
                : $"« commune » : « {communeText} » introuvable{(postalCode.Length > 0 ? $" avec le code postal {postalCode}" : "")}.");
            return null;
        }
        if (format != EventFormat.Online && address.Length == 0)
        {
            errors.Add("« adresse » est obligatoire pour un événement sur place.");
        }
        if (address.Length > 200)
        {
            errors.Add("« adresse » dépasse 200 caractères.");
        }
        double? lat = null, lon = null;
        if (latitude.Length > 0 || longitude.Length > 0)
        {
            if (double.TryParse(latitude.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var la) && la is >= -90 and <= 90
                && double.TryParse(longitude.Replace(',', '.'), NumberStyles.Float, CultureInfo.InvariantCulture, out var lo) && lo is >= -180 and <= 180)
            {
                (lat, lon) = (la, lo);
            }
            else
            {
                errors.Add($"« latitude » / « longitude » : « {latitude} » / « {longitude} » ne sont pas des coordonnées valides.");
            }
        }
        var onSite = format != EventFormat.Online;
        return new PlaceSnapshot(onSite ? address : null, postalCode.Length > 0 ? postalCode : (commune.PostalCodes.Count > 0 ? commune.PostalCodes[0] : null), commune.Code, commune.Name,
            commune.DepartmentCode, commune.RegionCode, onSite ? lat ?? commune.Latitude : null, onSite ? lon ?? commune.Longitude : null, null);
    }

    private List<SessionSnapshot> Sessions(string date, string start, string end, string others, string capacityText, string regionCode, List<string> errors)
    {
        int? capacity = null;
        if (capacityText.Length > 0)
        {
            if (int.TryParse(capacityText, NumberStyles.None, CultureInfo.InvariantCulture, out var c) && c is > 0 and <= 100_000)
            {
                capacity = c;
            }
            else
            {
                errors.Add($"« capacite » : « {capacityText} » n'est pas un nombre de places valide (1 à 100 000).");
            }
        }
        var zone = TimeZoneInfo.FindSystemTimeZoneById(geography.TimeZoneOf(regionCode));
        var slots = new List<(string Date, string Start, string End)> { (date, start, end) };
        foreach (var other in others.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var parts = other.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
            slots.Add(parts.Length == 3 ? (parts[0], parts[1], parts[2]) : (other, "", ""));
        }
        if (slots.Count > MaxSessions)
        {
            errors.Add($"« autres_creneaux » : {slots.Count} créneaux, {MaxSessions} au plus.");
            return [];
        }
        var sessions = new List<SessionSnapshot>();
        foreach (var (d, s, e) in slots)
        {
            if (!DateOnly.TryParseExact(d, ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], French, DateTimeStyles.None, out var day))
            {
                errors.Add($"« date » : « {d} » n'est pas une date (format attendu jj/mm/aaaa).");
                continue;
            }
            if (!TimeOnly.TryParseExact(s.Replace('h', ':'), ["HH:mm", "H:mm"], French, DateTimeStyles.None, out var from)
                || !TimeOnly.TryParseExact(e.Replace('h', ':'), ["HH:mm", "H:mm"], French, DateTimeStyles.None, out var to))
            {
                errors.Add($"Créneau du {d} : les heures « {s} » et « {e} » doivent être au format hh:mm.");
                continue;
            }
            if (to <= from)
            {
                errors.Add($"Créneau du {d} : l'heure de fin ({e}) doit être après l'heure de début ({s}).");
                continue;
            }
            sessions.Add(new SessionSnapshot(null, TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(from), zone),
                TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(to), zone), capacity));
        }
        return sessions;
    }

    private static (RegistrationMode, string?) Registration(string mode, string url, List<string> errors)
    {
        switch (FrenchText.Fold(mode).Trim())
        {
            case "" or "aucune" or "non":
                return (RegistrationMode.None, null);
            case "plateforme":
                return (RegistrationMode.Platform, null);
            case "externe":
                var link = Url(url, "lien_inscription", errors);
                if (link is null)
                {
                    errors.Add("« lien_inscription » est obligatoire quand l'inscription est externe.");
                }
                return (RegistrationMode.External, link);
            default:
                errors.Add($"« inscription » : « {mode} » n'est pas reconnu (aucune, plateforme ou externe).");
                return (RegistrationMode.None, null);
        }
    }

    private static string? Url(string value, string column, List<string> errors)
    {
        if (value.Length == 0)
        {
            return null;
        }
        if (Uri.TryCreate(value, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http" && value.Length <= 500)
        {
            return value;
        }
        errors.Add($"« {column} » : « {value} » n'est pas un lien web valide (https://…).");
        return null;
    }

    private static bool YesNo(string value, string column, List<string> errors)
    {
        switch (FrenchText.Fold(value).Trim())
        {
            case "oui" or "o" or "1" or "vrai" or "x":
                return true;
            case "non" or "n" or "0" or "faux":
                return false;
            default:
                errors.Add($"« {column} » : répondez oui ou non{(value.Length > 0 ? $" (et non « {value} »)" : "")}.");
                return false;
        }
    }

    private static Accessibility AccessibilityOf(string value, List<string> errors)
    {
        var result = Accessibility.None;
        foreach (var part in value.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            result |= FrenchText.Fold(part).Trim() switch
            {
                "moteur" => Accessibility.Motor,
                "auditif" => Accessibility.Hearing,
                "visuel" => Accessibility.Visual,
                "cognitif" => Accessibility.Cognitive,
                "psychique" => Accessibility.Psychic,
                _ => Unknown(part),
            };
        }
        return result;

        Accessibility Unknown(string part)
        {
            errors.Add($"« accessibilite » : « {part} » n'est pas reconnu (moteur, auditif, visuel, cognitif, psychique).");
            return Accessibility.None;
        }
    }

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;
}

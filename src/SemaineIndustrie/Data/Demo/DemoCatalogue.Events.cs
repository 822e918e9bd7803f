using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;
using SemaineIndustrie.Features.Organisations;

namespace SemaineIndustrie.Data.Demo;

public sealed partial class DemoCatalogue
{
    private (Organisation, Commune, string?) NewOrganisation(Commune commune, Edition edition)
    {
        var kind = _random.NextDouble() switch
        {
            < 0.56 => OrganisationKind.Company,
            < 0.71 => OrganisationKind.School,
            < 0.79 => OrganisationKind.Federation,
            < 0.86 => OrganisationKind.LocalAuthority,
            < 0.93 => OrganisationKind.PublicBody,
            < 0.98 => OrganisationKind.Association,
            _ => OrganisationKind.Other,
        };
        var sectors = Codes(TermKind.Sector);
        var sector = kind is OrganisationKind.Company or OrganisationKind.Federation || Chance(0.5) ? Pick(sectors.ToArray()) : null;
        var department = _geography.Department(commune.DepartmentCode)!;
        var region = _geography.Region(commune.RegionCode)!;
        var surname = Pick(DemoTexts.Surnames);
        var name = kind switch
        {
            OrganisationKind.Company => Chance(0.5)
                ? $"{Pick(DemoTexts.CompanyWords[sector!])} {surname}"
                : $"{surname} {Pick(DemoTexts.CompanyWords[sector!])} {commune.Name}",
            OrganisationKind.School => Pick($"Lycée professionnel {Pick(DemoTexts.Personalities)}", $"Collège {Pick(DemoTexts.Personalities)}",
                $"CFA de l'industrie – {department.Name}", $"Lycée polyvalent {Pick(DemoTexts.Personalities)}", $"IUT {FrenchPlaces.Of(commune.Name)}"),
            OrganisationKind.Federation => Pick($"UIMM {department.Name}", $"Fédération de la {Label(TermKind.Sector, sector!).ToLowerInvariant()} – {region.Name}",
                $"Association régionale des industries – {region.Name}"),
            OrganisationKind.LocalAuthority => Pick($"Ville {FrenchPlaces.Of(commune.Name)}", $"Communauté d'agglomération {FrenchPlaces.Of(commune.Name)}", $"Département {department.Name}"),
            OrganisationKind.PublicBody => Pick($"France Travail {commune.Name}", $"CCI {department.Name}", $"DREETS {region.Name}"),
            OrganisationKind.Association => Pick($"Maison de l'emploi {FrenchPlaces.Of(commune.Name)}", $"Association Jeunes et Industrie {department.Name}",
                $"Réseau des ingénieures – {region.Name}"),
            _ => Pick($"Musée de l'industrie {FrenchPlaces.Of(commune.Name)}", $"Fab lab {FrenchPlaces.Of(commune.Name)}"),
        };
        var organisation = new Organisation
        {
            Id = _nextOrganisationId++,
            Name = name,
            Kind = kind,
            Siret = kind == OrganisationKind.Company ? Siret() : null,
            Website = $"https://{Slugs.From(name, 40)}.exemple.fr",
            CommuneCode = commune.Code,
            CreatedAt = Utc(edition.EligibleFrom.AddDays(-60), 10, 0, "Europe/Paris"),
        };
        Organisations.Add(organisation);
        return (organisation, commune, sector);
    }

    /// A 14-digit SIRET whose Luhn key is valid.
    private string Siret()
    {
        var digits = Enumerable.Range(0, 13).Select(_ => _random.Next(10)).ToList();
        for (var check = 0; check < 10; check++)
        {
            var candidate = digits.Append(check).ToList();
            var sum = candidate.Select((d, i) => (i % 2 == 0) ? (d * 2 > 9 ? (d * 2) - 9 : d * 2) : d).Sum();
            if (sum % 10 == 0)
            {
                return string.Concat(candidate);
            }
        }
        return string.Concat(digits) + "0";
    }

    private Event NewEvent(Edition edition, (Organisation Organisation, Commune Commune, string? Sector) organiser, EventStatus status)
    {
        var (organisation, commune, sector) = organiser;
        var type = Pick(Codes(TermKind.Type).ToArray());
        var format = type is "webinaire" or "visite-virtuelle" ? EventFormat.Online
            : _random.NextDouble() switch { < 0.88 => EventFormat.OnSite, < 0.94 => EventFormat.Mixed, _ => EventFormat.Online };
        sector ??= Chance(0.6) ? Pick(Codes(TermKind.Sector).ToArray()) : null;
        var (title, summary) = Title(type, organisation.Name, commune.Name, sector);
        var timeZone = _geography.TimeZoneOf(commune.RegionCode);
        var spread = _geography.HasCommuneCentroids ? 0.012 : 0.15;
        var e = new Event
        {
            Id = _nextEventId++,
            EditionId = edition.Id,
            OrganisationId = organisation.Id,
            Status = status,
            PublicStatus = status != EventStatus.Labelled ? PublicStatus.Scheduled
                : _random.NextDouble() switch { < 0.02 => PublicStatus.Cancelled, < 0.03 => PublicStatus.Postponed, < 0.05 => PublicStatus.Full, _ => PublicStatus.Scheduled },
            Title = title,
            Slug = Slugs.From(title),
            Summary = summary,
            Description = $"{summary}\n\n{string.Join("\n\n", DemoTexts.Closings.OrderBy(_ => _random.Next()).Take(2))}",
            TypeCode = type,
            SectorCode = sector,
            Format = format,
            Accessibility = Needs(),
            Place = new Place
            {
                AddressLine = format == EventFormat.Online ? null : $"{_random.Next(1, 120)} {Pick(DemoTexts.Streets)}",
                PostalCode = commune.PostalCodes.Count > 0 ? commune.PostalCodes[0] : null,
                CommuneCode = commune.Code,
                CommuneName = commune.Name,
                DepartmentCode = commune.DepartmentCode,
                RegionCode = commune.RegionCode,
                Latitude = format == EventFormat.Online ? null : Math.Round(commune.Latitude + ((_random.NextDouble() - 0.5) * spread), 5),
                Longitude = format == EventFormat.Online ? null : Math.Round(commune.Longitude + ((_random.NextDouble() - 0.5) * spread * 1.4), 5),
                AccessInfo = format == EventFormat.Online ? null : Pick(DemoTexts.AccessInfos),
            },
            OnlineUrl = format == EventFormat.OnSite ? null : $"https://visio.exemple.fr/{Slugs.From(title, 30)}",
            ContactName = $"{Pick(DemoTexts.FirstNames)} {Pick(DemoTexts.Surnames)}",
            ContactPhone = $"01 99 00 {_random.Next(10, 99)} {_random.Next(10, 99)}",
        };
        e.ContactEmail = $"contact@{Slugs.From(organisation.Name, 40)}.exemple.fr";
        (e.RegistrationMode, e.RegistrationUrl) = _random.NextDouble() switch
        {
            < 0.5 => (RegistrationMode.Platform, null),
            < 0.65 => (RegistrationMode.External, $"https://inscriptions.exemple.fr/{e.Id}"),
            _ => (RegistrationMode.None, (string?)null),
        };
        AddSessions(e, edition, timeZone);
        AddTerms(e);
        e.SearchText = SearchTextOf(e, organisation.Name);
        e.CreatedAt = e.FirstStartsAt.AddDays(-40);
        e.UpdatedAt = e.FirstStartsAt.AddDays(-20);
        e.LabelledAt = status == EventStatus.Labelled ? e.UpdatedAt : null;
        return e;
    }

    private (string Title, string Summary) Title(string type, string organisation, string commune, string? sector)
    {
        var field = sector is null ? "l'industrie" : $"la filière {Label(TermKind.Sector, sector).ToLowerInvariant()}";
        var sectorName = sector is null ? "Industrie" : Label(TermKind.Sector, sector);
        var topic = Pick(DemoTexts.Topics);
        var title = type switch
        {
            "visite-entreprise" => Pick($"Visite du site de production de {organisation}", $"Découvrez les coulisses de {organisation}", $"Visite d'usine {FrenchPlaces.At(commune)}"),
            "portes-ouvertes" => Pick($"Journée portes ouvertes chez {organisation}", $"Portes ouvertes : les métiers de {field}"),
            "job-dating" => Pick($"Job dating {sectorName} {FrenchPlaces.At(commune)}", $"Job dating de l'industrie – {commune}"),
            "forum-metiers" => $"Forum des métiers de l'industrie {FrenchPlaces.Of(commune)}",
            "conference" => Pick($"Conférence : {topic}", $"Table ronde : {topic}"),
            "webinaire" => $"Webinaire : {topic}",
            "atelier" => $"Atelier {Pick(DemoTexts.Workshops)}",
            "escape-game" => Pick("Escape game : sauvez l'usine !", $"Escape game industriel {FrenchPlaces.At(commune)}"),
            "exposition" => Pick($"Exposition « L'industrie en images » {FrenchPlaces.At(commune)}", $"Exposition : {sectorName}, des métiers d'avenir"),
            "intervention-scolaire" => Pick($"{organisation} rencontre les collégiens {FrenchPlaces.Of(commune)}", $"Des ingénieures et techniciennes au lycée {FrenchPlaces.Of(commune)}"),
            "recrutement" => $"Session de recrutement {sectorName} : {_random.Next(3, 40)} postes à pourvoir",
            "jeu-concours" => Pick("Jeu concours : imagine l'usine de demain", $"Concours de robotique {FrenchPlaces.Of(commune)}"),
            "visite-virtuelle" => $"Visite virtuelle de {organisation}",
            _ => $"Rencontre avec les métiers de {field}",
        };
        if (title.Length > 150)
        {
            title = title[..150];
        }
        var summary = $"{organisation} vous invite à découvrir les métiers de {field} {FrenchPlaces.At(commune)} : {topic}.";
        return (title, summary.Length > 300 ? summary[..300] : summary);
    }

    private Accessibility Needs()
    {
        var needs = Accessibility.None;
        (Accessibility Need, double Share)[] shares =
            [(Accessibility.Motor, 0.45), (Accessibility.Hearing, 0.2), (Accessibility.Visual, 0.15), (Accessibility.Cognitive, 0.15), (Accessibility.Psychic, 0.1)];
        foreach (var (need, share) in shares)
        {
            if (Chance(share))
            {
                needs |= need;
            }
        }
        return needs;
    }

    private void AddSessions(Event e, Edition edition, string timeZone)
    {
        var count = _random.NextDouble() switch { < 0.65 => 1, < 0.85 => 2, < 0.95 => 3, _ => 4 };
        var days = new SortedSet<DateOnly>();
        while (days.Count < count)
        {
            var inWeek = Chance(0.88);
            var (from, to) = inWeek ? (edition.StartsOn, edition.EndsOn) : (edition.EligibleFrom, edition.EligibleUntil);
            var day = from.AddDays(_random.Next(to.DayNumber - from.DayNumber + 1));
            if (day.DayOfWeek is DayOfWeek.Sunday && Chance(0.8))
            {
                continue;
            }
            days.Add(day);
        }
        var capacity = e.RegistrationMode == RegistrationMode.Platform ? _random.Next(2, 13) * 5 : (int?)null;
        foreach (var day in days)
        {
            var (hour, minute) = Pick((9, 0), (9, 30), (10, 0), (14, 0), (14, 30), (18, 0));
            var starts = Utc(day, hour, minute, timeZone);
            e.Sessions.Add(new Session { Id = _nextSessionId++, EventId = e.Id, StartsAt = starts, EndsAt = starts.AddMinutes(Pick(90, 120, 180, 240)), Capacity = capacity });
        }
        e.FirstStartsAt = e.Sessions.Min(s => s.StartsAt);
        e.LastEndsAt = e.Sessions.Max(s => s.EndsAt);
    }

    private void AddTerms(Event e)
    {
        var audiences = Codes(TermKind.Audience);
        var themes = Codes(TermKind.Theme);
        foreach (var code in audiences.OrderBy(_ => _random.Next()).Take(_random.Next(1, 4)).Order(StringComparer.Ordinal))
        {
            e.Terms.Add(new EventTerm { EventId = e.Id, Kind = TermKind.Audience, Code = code });
        }
        foreach (var code in themes.OrderBy(_ => _random.Next()).Take(_random.Next(1, 3)).Order(StringComparer.Ordinal))
        {
            e.Terms.Add(new EventTerm { EventId = e.Id, Kind = TermKind.Theme, Code = code });
        }
    }
}

using System.Globalization;
using System.Text.Json;

namespace SemaineIndustrie.Features.Geography;

public sealed record Region(string Code, string Name, string TimeZone);

public sealed record Department(string Code, string Name, string RegionCode, double Latitude, double Longitude);

public sealed record Commune(string Code, string Name, string DepartmentCode, string RegionCode,
    IReadOnlyList<string> PostalCodes, int Population, double Latitude, double Longitude);

/// The current regions, departments and communes (official lists from @etalab/decoupage-administratif)
/// with coordinates from the geographic data directory. Without that directory a commune is placed at
/// its department's chef-lieu, from a small table shipped with the application.
public sealed class FrenchGeography
{
    private static readonly Dictionary<string, string> TimeZones = new()
    {
        ["01"] = "America/Guadeloupe", ["02"] = "America/Martinique", ["03"] = "America/Cayenne",
        ["04"] = "Indian/Reunion", ["06"] = "Indian/Mayotte",
    };

    private readonly Dictionary<string, Region> _regions;
    private readonly Dictionary<string, Department> _departments;
    private readonly Dictionary<string, Commune> _communes;
    private readonly Dictionary<string, List<Commune>> _byPostalCode;

    public FrenchGeography(GeographyOptions options)
    {
        var reference = options.ReferenceDirectory;
        _regions = Read<RawRegion>(reference, "regions.json")
            .Where(r => r.Zone is "metro" or "drom")
            .Select(r => new Region(r.Code, r.Nom, TimeZones.GetValueOrDefault(r.Code, "Europe/Paris")))
            .ToDictionary(r => r.Code);
        var centres = DepartmentCentres();
        _departments = Read<RawDepartment>(reference, "departements.json")
            .Where(d => _regions.ContainsKey(d.Region) && centres.ContainsKey(d.Code))
            .Select(d => new Department(d.Code, d.Nom, d.Region, centres[d.Code].Lat, centres[d.Code].Lon))
            .ToDictionary(d => d.Code);

        HasCommuneCentroids = options.DataFile("communes-centroides.csv") is not null;
        var centroids = HasCommuneCentroids ? CommuneCentroids(options.DataFile("communes-centroides.csv")!) : [];
        _communes = Read<RawCommune>(reference, "communes.json")
            .Where(c => c.Type == "commune-actuelle" && c.Departement is not null && _departments.ContainsKey(c.Departement))
            .Select(c =>
            {
                var department = _departments[c.Departement!];
                var (lat, lon) = centroids.TryGetValue(c.Code, out var point) ? point : (department.Latitude, department.Longitude);
                return new Commune(c.Code, c.Nom, department.Code, department.RegionCode, c.CodesPostaux ?? [], c.Population ?? 0, lat, lon);
            })
            .ToDictionary(c => c.Code);
        _byPostalCode = _communes.Values
            .SelectMany(c => c.PostalCodes.Select(p => (Postal: p, Commune: c)))
            .GroupBy(x => x.Postal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Commune).OrderByDescending(c => c.Population).ToList());
        Regions = _regions.Values.OrderBy(r => r.Name, StringComparer.Create(CultureInfo.GetCultureInfo("fr-FR"), false)).ToList();
        Departments = _departments.Values.OrderBy(d => d.Code, StringComparer.Ordinal).ToList();
        RegionOutlinesFile = options.DataFile("regions.geojson");
        DataSource = HasCommuneCentroids ? "communes" : "departements";
    }

    public bool HasCommuneCentroids { get; }
    public string DataSource { get; }
    public string? RegionOutlinesFile { get; }

    /// Regions in French alphabetical order, departments by code: the order of every list shown.
    public IReadOnlyList<Region> Regions { get; }
    public IReadOnlyList<Department> Departments { get; }
    public IEnumerable<Commune> Communes => _communes.Values;

    public Region? Region(string? code) => code is not null && _regions.TryGetValue(code, out var r) ? r : null;
    public Department? Department(string? code) => code is not null && _departments.TryGetValue(code, out var d) ? d : null;
    public Commune? Commune(string? code) => code is not null && _communes.TryGetValue(code, out var c) ? c : null;

    public IReadOnlyList<Commune> CommunesWithPostalCode(string? postalCode) =>
        postalCode is not null && _byPostalCode.TryGetValue(postalCode, out var list) ? list : [];

    /// The commune a person means by a postal code and a name (or an INSEE code): the name decides
    /// between the communes sharing a postal code; a postal code of one commune needs no name.
    public Commune? FindCommune(string? postalCode, string? nameOrCode)
    {
        var candidates = CommunesWithPostalCode(postalCode?.Trim());
        var folded = Discovery.FrenchText.Fold(nameOrCode);
        return Commune(nameOrCode?.Trim())
            ?? candidates.FirstOrDefault(c => Discovery.FrenchText.Fold(c.Name) == folded)
            ?? (candidates.Count == 1 && string.IsNullOrWhiteSpace(nameOrCode) ? candidates[0] : null);
    }

    public string TimeZoneOf(string regionCode) => Region(regionCode)?.TimeZone ?? "Europe/Paris";

    private static List<T> Read<T>(string directory, string file)
    {
        var path = Path.Combine(directory, file);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"Reference list {path} is missing: build the application (it copies them from npm @etalab/decoupage-administratif).", path);
        }
        using var stream = File.OpenRead(path);
        return JsonSerializer.Deserialize<List<T>>(stream, JsonOptions) ?? [];
    }

    private static Dictionary<string, (double Lat, double Lon)> DepartmentCentres()
    {
        using var stream = typeof(FrenchGeography).Assembly.GetManifestResourceStream("SemaineIndustrie.Features.Geography.department-centres.csv")
            ?? throw new InvalidOperationException("department-centres.csv is not embedded");
        using var reader = new StreamReader(stream);
        return ParseCsv(reader, columns => (columns[0], double.Parse(columns[1], CultureInfo.InvariantCulture), double.Parse(columns[2], CultureInfo.InvariantCulture)));
    }

    private static Dictionary<string, (double Lat, double Lon)> CommuneCentroids(string path)
    {
        using var reader = new StreamReader(path);
        return ParseCsv(reader, columns => (columns[0], double.Parse(columns[3], CultureInfo.InvariantCulture), double.Parse(columns[4], CultureInfo.InvariantCulture)));
    }

    private static Dictionary<string, (double Lat, double Lon)> ParseCsv(StreamReader reader, Func<string[], (string Code, double Lat, double Lon)> parse)
    {
        var result = new Dictionary<string, (double, double)>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0)
            {
                continue;
            }
            var (code, lat, lon) = parse(line.Split(','));
            result[code] = (lat, lon);
        }
        return result;
    }

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private sealed record RawRegion(string Code, string Nom, string? Zone);
    private sealed record RawDepartment(string Code, string Nom, string Region);
    private sealed record RawCommune(string Code, string Nom, string Type, string? Departement, List<string>? CodesPostaux, int? Population);
}

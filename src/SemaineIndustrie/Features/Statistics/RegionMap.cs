using System.Globalization;
using System.Text;
using System.Text.Json;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Statistics;

/// The outline of each region as SVG path data, drawn once at start-up from `regions.geojson` in the
/// geographic data directory: metropolitan France in a 500 × 480 frame, each overseas region in its
/// own inset on the right. Without the directory there are no outlines and pages draw a tile grid instead.
public sealed class RegionMap
{
    public const int Width = 620;
    public const int Height = 560;

    /// Where each overseas region's inset sits (x, y, size), in the order of the official list.
    private static readonly Dictionary<string, (double X, double Y, double Size)> Insets = new()
    {
        ["01"] = (510, 10, 100), ["02"] = (510, 120, 100), ["03"] = (510, 230, 100), ["04"] = (510, 340, 100), ["06"] = (510, 450, 100),
    };

    /// Without outlines, each region is a tile placed roughly where it lies (column, row) and named by
    /// its usual abbreviation; the overseas regions make the bottom row.
    private static readonly Dictionary<string, (int Column, int Row, string Abbreviation)> Tiles = new()
    {
        ["32"] = (3, 0, "HDF"), ["28"] = (2, 1, "NOR"), ["11"] = (3, 1, "IDF"), ["44"] = (4, 1, "GES"), ["53"] = (1, 2, "BRE"),
        ["52"] = (2, 2, "PDL"), ["24"] = (3, 2, "CVL"), ["27"] = (4, 2, "BFC"), ["75"] = (2, 3, "NAQ"), ["84"] = (3, 3, "ARA"),
        ["76"] = (3, 4, "OCC"), ["93"] = (4, 4, "PAC"), ["94"] = (5, 4, "COR"),
        ["01"] = (0, 5, "GUA"), ["02"] = (1, 5, "MTQ"), ["03"] = (2, 5, "GUY"), ["04"] = (3, 5, "LRE"), ["06"] = (4, 5, "MAY"),
    };

    private readonly Dictionary<string, string> _paths = [];

    public RegionMap(GeographyOptions options)
    {
        if (options.DataFile("regions.geojson") is not { } file)
        {
            return;
        }
        using var stream = File.OpenRead(file);
        using var json = JsonDocument.Parse(stream);
        foreach (var feature in json.RootElement.GetProperty("features").EnumerateArray())
        {
            var code = feature.GetProperty("properties").GetProperty("code").GetString()!;
            var polygons = Polygons(feature.GetProperty("geometry"));
            _paths[code] = Insets.TryGetValue(code, out var inset) ? Draw(polygons, Fit(polygons, inset)) : Draw(polygons, Metropolitan);
        }
    }

    public bool HasOutlines => _paths.Count > 0;

    public string? Path(string regionCode) => _paths.GetValueOrDefault(regionCode);

    public static (double X, double Y, double Size)? Inset(string regionCode) => Insets.TryGetValue(regionCode, out var inset) ? inset : null;

    /// The tile's top-left corner in the same frame (94 × 84) and the abbreviation written on it.
    public static (int X, int Y, string Abbreviation)? Tile(string regionCode) =>
        Tiles.TryGetValue(regionCode, out var tile) ? (10 + (tile.Column * 100), 10 + (tile.Row * 90), tile.Abbreviation) : null;

    // Metropolitan France with Corsica, 5.2° W – 9.6° E and 41.3° – 51.1° N, 47 px per degree of
    // latitude; longitudes shrink by the cosine of the middle latitude so shapes keep their proportions.
    private const double PixelsPerDegree = 47;
    private static readonly double LongitudeScale = Math.Cos(46.2 * Math.PI / 180) * PixelsPerDegree;

    private static (double X, double Y) Metropolitan(double lon, double lat) =>
        (10 + ((lon + 5.2) * LongitudeScale), 10 + ((51.1 - lat) * PixelsPerDegree));

    private static Func<double, double, (double X, double Y)> Fit(List<List<(double Lon, double Lat)>> polygons, (double X, double Y, double Size) box)
    {
        var points = polygons.SelectMany(p => p).ToList();
        var (minLon, maxLon, minLat, maxLat) = (points.Min(p => p.Lon), points.Max(p => p.Lon), points.Min(p => p.Lat), points.Max(p => p.Lat));
        var squeeze = Math.Cos((minLat + maxLat) / 2 * Math.PI / 180);
        var scale = (box.Size - 10) / Math.Max((maxLon - minLon) * squeeze, maxLat - minLat);
        return (lon, lat) => (box.X + 5 + ((lon - minLon) * squeeze * scale), box.Y + 5 + ((maxLat - lat) * scale));
    }

    /// SVG path data, each ring simplified to within half a pixel (Douglas–Peucker): the whole map
    /// stays a few tens of kB, and borders simplified from both sides still meet at this scale.
    private static string Draw(List<List<(double Lon, double Lat)>> rings, Func<double, double, (double X, double Y)> project)
    {
        var path = new StringBuilder();
        foreach (var ring in rings)
        {
            var points = ring.Select(p => project(p.Lon, p.Lat)).ToList();
            var kept = new bool[points.Count];
            kept[0] = kept[^1] = true;
            Simplify(points, 0, points.Count - 1, kept);
            var drawn = points.Where((_, i) => kept[i]).ToList();
            if (drawn.Count < 4)
            {
                continue;
            }
            path.Append('M');
            path.AppendJoin('L', drawn.SkipLast(1).Select(p => string.Create(CultureInfo.InvariantCulture, $"{p.X:0.#},{p.Y:0.#}")));
            path.Append('Z');
        }
        return path.ToString();
    }

    private const double Tolerance = 0.5;

    private static void Simplify(List<(double X, double Y)> points, int first, int last, bool[] kept)
    {
        while (last - first > 1)
        {
            var (a, b) = (points[first], points[last]);
            var (dx, dy) = (b.X - a.X, b.Y - a.Y);
            var length = Math.Sqrt((dx * dx) + (dy * dy));
            var (farthest, distance) = (-1, 0.0);
            for (var i = first + 1; i < last; i++)
            {
                var p = points[i];
                var d = length < 1e-9 ? Math.Sqrt(((p.X - a.X) * (p.X - a.X)) + ((p.Y - a.Y) * (p.Y - a.Y)))
                    : Math.Abs((dy * (p.X - a.X)) - (dx * (p.Y - a.Y))) / length;
                if (d > distance)
                {
                    (farthest, distance) = (i, d);
                }
            }
            if (distance <= Tolerance)
            {
                return;
            }
            kept[farthest] = true;
            Simplify(points, first, farthest, kept);
            first = farthest;
        }
    }

    /// The outer rings of a Polygon or MultiPolygon (holes are not drawn at this scale).
    private static List<List<(double Lon, double Lat)>> Polygons(JsonElement geometry)
    {
        var polygons = geometry.GetProperty("type").GetString() == "MultiPolygon"
            ? geometry.GetProperty("coordinates").EnumerateArray().ToList()
            : [geometry.GetProperty("coordinates")];
        return polygons.Select(polygon => polygon.EnumerateArray().First().EnumerateArray()
            .Select(point => (point[0].GetDouble(), point[1].GetDouble())).ToList()).ToList();
    }
}

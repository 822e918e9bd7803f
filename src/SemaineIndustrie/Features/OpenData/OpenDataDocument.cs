using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace SemaineIndustrie.Features.OpenData;

/// The OpenAPI document of the open data only: the site's own JSON (map, search page) may change
/// with the pages, this contract may not.
public static class OpenDataDocument
{
    public static void Configure(OpenApiOptions options)
    {
        options.ShouldInclude = description => description.GroupName == OpenDataEndpoints.DocumentName;
        options.AddDocumentTransformer((document, _, _) =>
        {
            document.Info = new OpenApiInfo
            {
                Title = "Semaine de l'industrie – données ouvertes",
                Version = "1",
                Description = "Les événements labellisés de la Semaine de l'industrie, toutes éditions, en JSON, GeoJSON, iCalendar, CSV et RSS. "
                    + "Mêmes filtres que la recherche du site. Documentation : /donnees-ouvertes.",
                License = new OpenApiLicense { Name = "Licence Ouverte / Open Licence 2.0 (Etalab)", Url = new Uri("https://www.etalab.gouv.fr/licence-ouverte-open-licence/") },
            };
            // Relative: the document describes whichever host serves it.
            document.Servers = [new OpenApiServer { Url = "/" }];
            return Task.CompletedTask;
        });
        // Minimal APIs read numbers from strings too, so the schemas say "integer or string"; the
        // answers only ever hold numbers.
        options.AddSchemaTransformer((schema, _, _) =>
        {
            if (schema.Type is { } type && (type & (JsonSchemaType.Integer | JsonSchemaType.Number)) != 0 && type.HasFlag(JsonSchemaType.String))
            {
                schema.Type = type & ~JsonSchemaType.String;
                schema.Pattern = null;
            }
            return Task.CompletedTask;
        });
        options.AddOperationTransformer((operation, context, _) =>
        {
            var paged = context.Description.RelativePath == "api/v1/events";
            operation.Parameters ??= [];
            foreach (var parameter in OpenDataParameters.Filters.Concat(paged ? OpenDataParameters.Paging : []))
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = parameter.Name,
                    In = ParameterLocation.Query,
                    Description = parameter.Description,
                    Schema = parameter.Repeatable
                        ? new OpenApiSchema { Type = JsonSchemaType.Array, Items = new OpenApiSchema { Type = JsonSchemaType.String } }
                        : new OpenApiSchema { Type = parameter.Name == OpenDataQuery.LimitParameter ? JsonSchemaType.Integer : JsonSchemaType.String },
                });
            }
            return Task.CompletedTask;
        });
    }
}

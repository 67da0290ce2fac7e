using LaiChau.Host.Security.Accounts;
using LaiChau.Host.Security.ApiKeys;
using LaiChau.Host.Security.DesignerSignIn;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace LaiChau.Host.ApiDocs;

/// <summary>The document's head: title, both languages' introduction, the security schemes, the tags, the problem schemas.</summary>
internal sealed class ApiDocument : IOpenApiDocumentTransformer
{
    public const string ApiKeyScheme = "ApiKey";
    public const string StaffCookieScheme = "StaffCookie";
    public const string DesignerCookieScheme = "DesignerCookie";
    public const string ProblemSchema = nameof(ProblemDetails);
    public const string ValidationProblemSchema = nameof(HttpValidationProblemDetails);

    public async Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Info = new OpenApiInfo
        {
            Title = "LaiChau.Workflow API",
            Version = "v1",
            Description =
                "Field reports of Lai Châu (Decision 510/QĐ-UBND, 2025): Open311 intake, the staff's reports, the BPMN engine. "
                + "Errors are RFC 9457 problem details (`application/problem+json`) with a `traceId`; validation errors list each "
                + "field under `errors`, in Vietnamese where citizens read them, and the engine's also under `messageVi` / `errorsVi`.\n\n"
                + "Phản ánh hiện trường của tỉnh Lai Châu (Quyết định 510/QĐ-UBND năm 2025): tiếp nhận qua Open311, phản ánh "
                + "dành cho cán bộ, bộ máy quy trình BPMN. Lỗi theo RFC 9457, kèm `traceId`; lỗi nhập liệu nêu từng trường trong `errors`.",
        };

        document.Servers = []; // relative to where the document is served: the snapshot is the same on every host
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKeyScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = ApiKeyRules.HeaderName,
            Description = "An API key (roles Administrator, Integration, Staff). Khoá API gửi trong tiêu đề X-Api-Key.",
        };
        document.Components.SecuritySchemes[StaffCookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = StaffSignIn.CookieName,
            Description = "An administrator's staff session from /dang-nhap, on the designer's calls only, with the header "
                + "`X-Requested-With: laichau-designer` on anything but GET (ADR 0013). Phiên đăng nhập của quản trị viên.",
        };
        document.Components.SecuritySchemes[DesignerCookieScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Cookie,
            Name = DesignerCookie.Name,
            Description = "The designer's session after signing in with an administrator key at /designer/sign-in (ADR 0010).",
        };

        document.Tags = new HashSet<OpenApiTag>(ApiTags.All.Select(t => new OpenApiTag { Name = t.Name, Description = $"{t.English} {t.Vietnamese}" }));

        // The problem schemas every operation refers to, present even when no endpoint names them itself.
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        foreach (var (id, type) in new[] { (ProblemSchema, typeof(ProblemDetails)), (ValidationProblemSchema, typeof(HttpValidationProblemDetails)) })
        {
            if (!document.Components.Schemas.ContainsKey(id))
            {
                document.Components.Schemas[id] = await context.GetOrCreateSchemaAsync(type, null, cancellationToken);
            }
        }
    }
}

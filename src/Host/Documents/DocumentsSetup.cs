namespace LaiChau.Host.Documents;

public static class DocumentsSetup
{
    /// <summary>Outgoing documents of agencies: their numbering (issue 7); rendering is in LaiChau.Reporting.</summary>
    public static WebApplicationBuilder AddDocuments(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<DocumentNumbers>();
        builder.Services.AddHostedService<DocumentFontsCheck>();
        return builder;
    }
}

namespace TechChallenge.Web.Features.Proposals;

/// <summary>Where a proposal's file is viewed or downloaded, and which files the browser may show itself.</summary>
public static class AttachmentFiles
{
    public static string DownloadPath(Guid attachmentId) => $"/files/attachments/{attachmentId}";

    public static string ViewPath(Guid attachmentId) => $"/files/attachments/{attachmentId}/view";

    /// <summary>
    /// PDFs only: storage checked their first bytes on upload and the browser's viewer runs no page script. Any other
    /// file is downloaded, never rendered by the browser as a page of this site.
    /// </summary>
    public static bool OpensInBrowser(string fileName) => Path.GetExtension(fileName).Equals(".pdf", StringComparison.OrdinalIgnoreCase);
}

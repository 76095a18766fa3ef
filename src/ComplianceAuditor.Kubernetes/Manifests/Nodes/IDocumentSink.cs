namespace ComplianceAuditor.Kubernetes.Manifests.Nodes;

/// <summary>Receives the documents of one file as the tree builder completes them.</summary>
internal interface IDocumentSink
{
    /// <summary>A document begins; <paramref name="number"/> is 1-based within the file.</summary>
    void DocumentStarted(int number);

    /// <summary>
    /// One element of the root mapping's <c>items</c> sequence, delivered as soon as it is parsed.
    /// <paramref name="root"/> holds the root entries read so far (often <c>kind</c> and <c>apiVersion</c>).
    /// </summary>
    void ItemRead(MappingNode root, Node item);

    /// <summary>The document is complete; <paramref name="root"/> is null for an empty document.</summary>
    void DocumentEnded(Node? root);

    /// <summary>A syntax error ended the file inside the current document.</summary>
    void DocumentAbandoned();
}

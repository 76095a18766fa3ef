using System.Net;

namespace ComplianceAuditor.Kubernetes.Live;

/// <summary>How a request failed, as far as retrying is concerned.</summary>
internal enum ApiFailureKind
{
    /// <summary>429, 5xx, a timeout or a dropped connection: try again.</summary>
    Transient,

    /// <summary>410 Gone: the continue token expired; the list must start again.</summary>
    Expired,

    /// <summary>404: the server does not serve this resource.</summary>
    NotFound,

    /// <summary>401, 403 and other 4xx: trying again will not help.</summary>
    Fatal,
}

/// <summary>A classified failure of one request, with what the server said.</summary>
internal sealed record ApiFailure(ApiFailureKind Kind, HttpStatusCode? Status, string Message, TimeSpan? RetryAfter);

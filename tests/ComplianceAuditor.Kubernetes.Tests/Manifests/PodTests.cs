using ComplianceAuditor.Engine.Model;
using ComplianceAuditor.Engine.Net;
using ComplianceAuditor.Engine.Ports;
using ComplianceAuditor.Kubernetes.Manifests;

namespace ComplianceAuditor.Kubernetes.Tests.Manifests;

public sealed class PodTests
{
    /// <summary>A pod whose body (after metadata) starts on line 4.</summary>
    private static LoadResult PodWith(string body) => Loading.Yaml($"apiVersion: v1\nkind: Pod\nmetadata: {{name: web, namespace: shop}}\n{body}\n");

    private static Pod SinglePod(LoadResult result)
    {
        result.AssertClean();
        return result.Snapshot.Pods.Single();
    }

    [Fact]
    public void Phase_host_network_node_and_container_ports_are_read()
    {
        var pod = SinglePod(PodWith("""
            spec:
              nodeName: node-1
              hostNetwork: true
              initContainers:
              - {name: init, ports: [{containerPort: 1}]}
              containers:
              - name: app
                ports:
                - {name: http, containerPort: 8080}
                - {containerPort: 53, protocol: UDP}
                - {containerPort: 9000, protocol: SCTP, name: s}
                - {containerPort: 81, protocol: ""}
              - name: sidecar
                ports: [{containerPort: 15090, name: http-envoy-prom}]
            status:
              phase: Running
            """));

        Assert.Equal("Running", pod.Phase);
        Assert.Equal("node-1", pod.NodeName);
        Assert.True(pod.HostNetwork);
        Assert.Equal(
            [
                new ContainerPort("http", Protocol.TCP, 8080),
                new ContainerPort(null, Protocol.UDP, 53),
                new ContainerPort("s", Protocol.SCTP, 9000),
                new ContainerPort(null, Protocol.TCP, 81),
                new ContainerPort("http-envoy-prom", Protocol.TCP, 15090),
            ],
            pod.ContainerPorts.ToArray());
    }

    [Fact]
    public void A_pod_with_no_spec_or_status_has_defaults()
    {
        var pod = SinglePod(PodWith(string.Empty));

        Assert.Null(pod.Phase);
        Assert.False(pod.HostNetwork);
        Assert.Empty(pod.PodIPs);
        Assert.Empty(pod.ContainerPorts);
    }

    [Fact]
    public void Pod_ips_come_from_pod_ips_when_that_list_has_entries()
    {
        var pod = SinglePod(PodWith("status:\n  podIP: 10.0.0.9\n  podIPs:\n  - ip: 10.0.0.1\n  - ip: fd00::1"));

        Assert.Equal([IpAddress.Parse("10.0.0.1"), IpAddress.Parse("fd00::1")], pod.PodIPs.ToArray());
    }

    [Fact]
    public void Pod_ip_is_used_when_pod_ips_is_missing_or_empty()
    {
        Assert.Equal([IpAddress.Parse("10.0.0.9")], SinglePod(PodWith("status:\n  podIP: 10.0.0.9")).PodIPs.ToArray());
        Assert.Equal([IpAddress.Parse("10.0.0.9")], SinglePod(PodWith("status:\n  podIP: 10.0.0.9\n  podIPs: []")).PodIPs.ToArray());
    }

    [Fact]
    public void Empty_ip_strings_are_no_address()
    {
        Assert.Empty(SinglePod(PodWith("status:\n  podIP: \"\"")).PodIPs);
        Assert.Empty(SinglePod(PodWith("status:\n  podIP: 10.0.0.9\n  podIPs: [{ip: \"\"}]")).PodIPs);
    }

    [Fact]
    public void An_ipv4_mapped_pod_ip_stays_ipv6()
    {
        var ip = SinglePod(PodWith("status:\n  podIP: \"::ffff:10.0.0.1\"")).PodIPs.Single();

        Assert.Equal(IpFamily.IPv6, ip.Family);
        Assert.Equal("::ffff:a00:1", ip.ToString());
    }

    [Theory]
    [InlineData("status:\n  podIP: 10.0.0.256", "invalid pod IP '10.0.0.256': expected an IPv4 or IPv6 address", "status.podIP", 5, 10)]
    [InlineData("status:\n  podIP: 010.0.0.1", "invalid pod IP '010.0.0.1': expected an IPv4 or IPv6 address", "status.podIP", 5, 10)]
    [InlineData("status:\n  podIPs:\n  - ip: 10.0.0.1\n  - ip: fe80::1%eth0", "invalid pod IP 'fe80::1%eth0': expected an IPv4 or IPv6 address", "status.podIPs[1].ip", 7, 9)]
    [InlineData("spec:\n  hostNetwork: \"true\"", "expected a boolean (true or false), found string 'true'", "spec.hostNetwork", 5, 16)]
    [InlineData("status:\n  phase: 1", "expected a string, found number 1; quote it", "status.phase", 5, 10)]
    [InlineData("spec:\n  containers:\n  - ports: [{name: http}]", "containerPort is required", "spec.containers[0].ports[0].containerPort", 6, 13)]
    [InlineData("spec:\n  containers:\n  - ports: [{containerPort: 0}]", "containerPort 0 is not a port number from 1 to 65535", "spec.containers[0].ports[0].containerPort", 6, 29)]
    [InlineData("spec:\n  containers:\n  - ports: [{containerPort: 65536}]", "containerPort 65536 is not a port number from 1 to 65535", "spec.containers[0].ports[0].containerPort", 6, 29)]
    [InlineData("spec:\n  containers:\n  - ports: [{containerPort: \"80\"}]", "expected an integer, found string '80'", "spec.containers[0].ports[0].containerPort", 6, 29)]
    [InlineData("spec:\n  containers:\n  - ports: [{containerPort: 80, name: HTTP}]", "invalid port name 'HTTP': expected an IANA service name: 1 to 15 characters of lowercase a-z, 0-9 and '-', with at least one letter, no '-' at either end and no '--'", "spec.containers[0].ports[0].name", 6, 39)]
    [InlineData("spec:\n  containers:\n  - ports: [{containerPort: 80, name: \"8080\"}]", "invalid port name '8080': expected an IANA service name: 1 to 15 characters of lowercase a-z, 0-9 and '-', with at least one letter, no '-' at either end and no '--'", "spec.containers[0].ports[0].name", 6, 39)]
    [InlineData("spec:\n  containers:\n  - ports: [{containerPort: 80, protocol: tcp}]", "unsupported protocol 'tcp'; expected TCP, UDP or SCTP", "spec.containers[0].ports[0].protocol", 6, 43)]
    [InlineData("spec:\n  containers: {name: app}", "expected a sequence, found a mapping", "spec.containers", 5, 15)]
    public void Invalid_pod_fields_are_errors(string body, string message, string path, int line, int column)
    {
        var result = PodWith(body);

        var error = result.SingleProblem();
        Assert.Equal(message, error.Message);
        Assert.Equal(path, error.FieldPath);
        Assert.Equal("Pod shop/web", error.ObjectRef);
        error.AssertAt("test.yaml", 1, line, column);
        Assert.Empty(result.Snapshot.Pods);
    }

    [Fact]
    public void Fields_that_are_not_read_may_hold_anything()
    {
        var pod = SinglePod(PodWith("""
            spec:
              containers:
              - name: app
                image: nginx
                resources: {limits: {cpu: 1}}
                unknownField: [1, 2]
              volumes: [{name: v, emptyDir: {}}]
            status:
              conditions: [{type: Ready, status: "True"}]
              hostIP: 192.168.0.1
              startTime: 2024-01-01T00:00:00Z
            """));

        Assert.Empty(pod.ContainerPorts);
    }
}

using ComplianceAuditor.Cli;

return await CliApp.RunAsync(args, Console.Out, Console.Error, errorIsTerminal: !Console.IsErrorRedirected);

Console.WriteLine("Design-time host for dotnet-ef. See README: Migrations.");

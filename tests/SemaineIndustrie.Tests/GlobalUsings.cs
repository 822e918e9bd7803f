global using Xunit;
global using SemaineIndustrie.Tests.Accounts;

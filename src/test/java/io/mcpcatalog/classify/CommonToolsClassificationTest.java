package io.mcpcatalog.classify;

import io.mcpcatalog.extract.ToolDefinition;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static io.mcpcatalog.classify.Category.DESTRUCTIVE;
import static io.mcpcatalog.classify.Category.EXECUTE;
import static io.mcpcatalog.classify.Category.FINANCIAL;
import static io.mcpcatalog.classify.Category.READ;
import static io.mcpcatalog.classify.Category.WRITE;
import static io.mcpcatalog.classify.TestTools.param;
import static io.mcpcatalog.classify.TestTools.tool;
import static io.mcpcatalog.classify.TestTools.withParams;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Tools typical of other MCP servers (filesystem, git, GitHub, databases, browsers, payments), per TAXONOMY. */
class CommonToolsClassificationTest {

    private static final ToolClassifier CLASSIFIER = new ToolClassifier(RuleLoader.fromClasspath());
    private static final ServerContext NONE = ServerContext.UNKNOWN;
    private static final ServerContext GIT = new ServerContext("git", "");
    private static final ServerContext PLAYWRIGHT = new ServerContext("Playwright", "");

    static Stream<Arguments> tools() {
        return Stream.of(
                expect(READ, NONE, tool("read_file",
                        "Read the complete contents of a file from the file system.", "path")),
                expect(READ, NONE, tool("list_directory",
                        "Get a detailed listing of all files and directories in a specified path.", "path")),
                expect(READ, NONE, tool("get_file_contents",
                        "Get the contents of a file or directory from a GitHub repository.", "owner", "repo", "path")),
                expect(READ, NONE, tool("search_issues",
                        "Search for issues and pull requests across GitHub repositories.", "q")),
                expect(READ, NONE, tool("fetch",
                        "Fetches a URL from the internet and extracts its contents as markdown.", "url")),
                expect(READ, NONE, tool("sequentialthinking",
                        "A detailed tool for dynamic and reflective problem-solving through thoughts.", "thought")),
                expect(READ, NONE, tool("calculate",
                        "Evaluates a math expression and returns the result.", "expression")),
                expect(READ, NONE, tool("describe_table", "Describes the columns of a table.", "table")),
                expect(READ, NONE, tool("get_run_status", "Gets the status of a workflow run.", "run_id")),
                expect(READ, NONE, tool("list_orders", "Lists the orders of a customer.", "customer")),
                expect(READ, NONE, tool("get_balance", "Retrieves the current account balance.")),
                expect(READ, NONE, tool("list_files",
                        "Lists files in a folder without deleting or modifying anything.", "path")),
                expect(READ, GIT, tool("git_status", "Shows the working tree status", "repo_path")),
                expect(READ, PLAYWRIGHT, tool("browser_take_screenshot",
                        "Take a screenshot of the current page.", "filename")),
                expect(READ, NONE, tool("puppeteer_screenshot", "Take a screenshot of the current page.", "name")),
                expect(READ, new ServerContext("Google Maps", ""), tool("maps_geocode",
                        "Convert an address into geographic coordinates.", "address")),
                expect(READ, NONE, tool("read_query", "Execute a SELECT query on the SQLite database.", "query")),
                expect(READ, NONE, withParams(tool("query",
                        "Run a read-only SQL query. Only SELECT statements are allowed."), param("sql", "string"))),
                expect(WRITE, NONE, tool("write_file",
                        "Create a new file or completely overwrite an existing file with new content.",
                        "path", "content")),
                expect(WRITE, NONE, tool("edit_file", "Make line-based edits to a text file.", "path", "edits")),
                expect(WRITE, NONE, tool("move_file",
                        "Move or rename files and directories.", "source", "destination")),
                expect(WRITE, NONE, tool("send_message", "Send a message to a Slack channel.", "channel", "text")),
                expect(WRITE, NONE, tool("send_email",
                        "Sends an email to the given recipients.", "to", "subject", "body")),
                expect(WRITE, NONE, tool("create_issue",
                        "Create a new issue in a GitHub repository.", "owner", "repo", "title")),
                expect(WRITE, NONE, tool("add_issue_comment",
                        "Add a comment to an existing issue.", "issue_number", "body")),
                expect(WRITE, NONE, tool("create_pull_request",
                        "Create a new pull request in a GitHub repository.", "head", "base")),
                expect(WRITE, NONE, tool("merge_pull_request", "Merge a pull request.", "pull_number", "merge_method")),
                expect(WRITE, NONE, tool("push_files",
                        "Push multiple files to a GitHub repository in a single commit.", "branch", "files")),
                expect(WRITE, GIT, withParams(tool("git_push",
                        "Pushes the current branch to the remote."),
                        param("remote", "string"), param("force", "boolean"))),
                expect(WRITE, GIT, tool("git_checkout", "Switches branches.", "repo_path", "branch_name")),
                expect(EXECUTE, NONE, tool("force_terminate",
                        "Force terminate a running terminal session.", "pid")),
                expect(EXECUTE, NONE, withParams(tool("run_query",
                        "Runs an arbitrary SQL query against the database."), param("sql", "string"))),
                expect(EXECUTE, NONE, withParams(tool("run_command",
                        "Execute a terminal command with a timeout."), param("command", "string"))),
                expect(EXECUTE, NONE, withParams(tool("run_python",
                        "Executes Python code in a sandbox and returns stdout."), param("code", "string"))),
                expect(EXECUTE, PLAYWRIGHT, tool("browser_click", "Perform click on a web page.", "element", "ref")),
                expect(EXECUTE, PLAYWRIGHT, tool("browser_navigate", "Navigate to a URL.", "url")),
                expect(EXECUTE, NONE, withParams(tool("puppeteer_evaluate",
                        "Execute JavaScript in the browser console."), param("script", "string"))),
                expect(EXECUTE, NONE, tool("kill_process", "Terminate a running process by PID.", "pid")),
                expect(EXECUTE, NONE, tool("cancel_workflow_run", "Cancels a workflow run.", "run_id")),
                expect(EXECUTE, NONE, tool("trigger_workflow",
                        "Triggers a GitHub Actions workflow run.", "workflow_id", "ref")),
                expect(DESTRUCTIVE, NONE, tool("delete_file", "Delete a file from the filesystem.", "path")),
                expect(DESTRUCTIVE, NONE, tool("drop_table", "Drops a table from the database.", "table")),
                expect(DESTRUCTIVE, NONE, tool("delete_branch", "Delete a branch from a repository.", "branch")),
                expect(DESTRUCTIVE, NONE, tool("delete_repository", "Deletes a GitHub repository.", "owner", "repo")),
                expect(DESTRUCTIVE, NONE, tool("git_force_push",
                        "Force-pushes a branch, overwriting the remote history.", "branch")),
                expect(DESTRUCTIVE, NONE, tool("revoke_api_key", "Revokes an API key.", "key_id")),
                expect(DESTRUCTIVE, NONE, tool("cleanup_workspace",
                        "Permanently deletes every file in the workspace.")),
                expect(FINANCIAL, NONE, withParams(tool("create_payment",
                        "Create a payment intent for a customer."),
                        param("amount", "integer"), param("currency", "string"))),
                expect(FINANCIAL, NONE, withParams(tool("create_refund",
                        "Refund a payment, fully or partly."),
                        param("payment_intent", "string"), param("amount", "integer"))),
                expect(FINANCIAL, NONE, tool("cancel_subscription",
                        "Cancels a customer's subscription.", "subscription_id")),
                expect(FINANCIAL, NONE, withParams(tool("transfer_funds",
                        "Transfer funds between two accounts."), param("amount", "number"))),
                expect(FINANCIAL, NONE, tool("create_invoice", "Creates an invoice for a customer.", "customer")));
    }

    @ParameterizedTest(name = "{1} is {0}")
    @MethodSource("tools")
    void classifiesAsTaxonomySays(Category expected, String name, ToolDefinition tool, ServerContext server) {
        Classification result = CLASSIFIER.classify(tool, server);
        assertEquals(expected, result.category(), result.rationale());
        assertTrue(result.confidence() >= 0.5, "confidence " + result.confidence() + ": " + result.rationale());
    }

    private static Arguments expect(Category category, ServerContext server, ToolDefinition tool) {
        return Arguments.of(category, tool.name(), tool, server);
    }
}

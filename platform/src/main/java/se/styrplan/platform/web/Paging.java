package se.styrplan.platform.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** Page and size query parameters, with the size capped so no caller can ask for the whole table at once. */
public class Paging {

    public static final int MAX_SIZE = 200;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = 1_000_000, message = "must be at most 1000000")
    @Parameter(description = "Zero-based page number", example = "0")
    public int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    @Parameter(description = "Items per page, at most " + MAX_SIZE, example = "50")
    public int size;

    public static Paging of(int page, int size) {
        Paging paging = new Paging();
        paging.page = page;
        paging.size = size;
        return paging;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }

    public int offset() {
        return page * size;
    }
}

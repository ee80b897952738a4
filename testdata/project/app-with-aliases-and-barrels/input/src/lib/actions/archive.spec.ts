import { archivePost } from "./posts";
test("archive", () => archivePost(1));

import { NothingHere } from "@/components/site/NothingHere";

/** A missing event, article or leader, inside the site's chrome. */
export default function NotFound() {
  return <NothingHere />;
}

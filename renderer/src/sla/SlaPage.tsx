import type { SlaView } from '../app/route';
import { SlaAdminPage } from '../admin/SlaAdminPage';
import { DispatchBoardPage } from '../board/DispatchBoardPage';
import { WallPage } from '../wall/WallPage';
import { CardsPage } from './CardsPage';

export function SlaPage({ view }: { view: SlaView }) {
  switch (view) {
    case 'board':
      return <DispatchBoardPage />;
    case 'cards':
      return <CardsPage />;
    case 'wall':
      return <WallPage />;
    case 'slaAdmin':
      return <SlaAdminPage />;
  }
}
